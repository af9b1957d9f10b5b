// What the demo's complaint forms are about: the complaints a service center really gets (technicians late or without
// the part, charges for work under warranty, a curt agent, the same fault again and again, promises not kept), with
// the answers the desks and units write, and which of them happened when and how far each got.
import type { ComplaintState } from '../../../shared/complaints/route';

export interface ComplaintTopic {
  content: string;
  /** The subject of the complaint call when it was logged as a request. */
  subject: string;
  /** The handling result (处理结果): the reply written inside the center, or the result drawn from the unit's opinion. */
  result: string;
  /** The unit's written opinion (书面处理意见) when the form is transferred, and who gave it there. */
  opinion: string;
  opinionBy: string;
  /** What the customer was told. */
  reply: string;
  /** What the agent corrected when the form was sent back. */
  correction: string;
}

const T = (topic: ComplaintTopic) => topic;

export const TOPICS = {
  late: T({
    content: '约定上午 9 点上门检修监控主机，维修人员 11 点半才到，期间没有任何电话说明，值班室两个多小时无法调看录像。',
    subject: '投诉：维修人员迟到且未告知',
    result: '经核实，当日派工排程冲突导致迟到，且未按规定提前告知客户。已向客户致歉，并规定预计迟到超过 15 分钟必须电话告知。',
    opinion: '工程部核查派工记录属实，已对责任工程师批评教育，调整该片区派工排班，增加一名机动人员。',
    opinionBy: '工程部 郑国华',
    reply: '已电话向客户致歉，说明迟到原因和整改措施，客户表示接受。',
    correction: '补充：约定时间为 11 月 18 日上午 9 点，联系人为值班室王主任。',
  }),
  warrantyCharge: T({
    content: '设备仍在保修期内（验收合格不到两年），更换电源模块却被收取材料费 680 元，现场人员称“电源不在保修范围”。',
    subject: '投诉：保修期内更换配件被收费',
    result: '根据物资部书面意见，电源模块属保修范围，误收的 680 元全额退还；已对现场人员进行保修政策培训。',
    opinion: '经核查该设备保修期至明年 6 月，电源模块属于保修配件，误收费用 680 元应全额退还，已通知财务办理。',
    opinionBy: '物资部 钱秀英',
    reply: '已告知客户退款安排（5 个工作日内原路退回）并致歉，客户表示满意。',
    correction: '补充收费单据号：SF-0392，收费日期与现场维修单一致。',
  }),
  rude: T({
    content: '话务员接听报修电话时态度生硬，没听完故障描述就说“这个你们自己重启一下”，随后挂断电话。',
    subject: '投诉：话务员态度生硬',
    result: '调取通话录音核实，话务员服务用语不规范、未完整记录故障。已批评教育，纳入本月服务考核，并安排回访致歉。',
    opinion: '',
    opinionBy: '',
    reply: '座席管理员已回电致歉，重新受理了报修，客户表示理解。',
    correction: '补充来电时间：当日 14:20，来电号码与客户登记电话一致。',
  }),
  repeated: T({
    content: '门禁一体机一个月内第三次出现读卡无反应，每次修完不到一周又坏，员工上下班只能人工登记。',
    subject: '投诉：同一故障反复出现',
    result: '根据工程部意见，整批更换新版读卡模块，并对同批次设备进行排查；三个月内免费跟踪巡检。',
    opinion: '检测确认为读卡模块批次质量问题（2023 年第二批），已整批更换新版模块，并对同批次 12 台设备逐一排查。',
    opinionBy: '工程部 郑国华',
    reply: '已向客户说明根本原因和整批更换方案，约定下周二上门更换，客户同意。',
    correction: '补充三次报修单号：FW-0917、FW-1002、FW-1015。',
  }),
  noSparePart: T({
    content: '工程师上门时没有带备用硬盘，说要回去取，第二天才更换，录像中断近 30 小时。',
    subject: '投诉：上门未带备件',
    result: '根据物资部意见，完善派工单“应携带备品备件”核对环节，出发前由库管员签字确认；本次延误已向客户致歉。',
    opinion: '派工单未注明备件型号导致漏带，已在派工流程中增加出发前备件核对签字，相关库存已补足。',
    opinionBy: '物资部 钱秀英',
    reply: '已电话说明整改措施并致歉，客户接受。',
    correction: '补充：中断时间为 11 月 3 日 10 时至 11 月 4 日 16 时。',
  }),
  stillBroken: T({
    content: 'UPS 维修后仍频繁切换到电池模式，上周机房两次掉电，客户要求更换整机并赔偿损失。',
    subject: '投诉：维修后设备仍不能正常使用',
    result: '根据上级单位书面意见，厂家免费更换整机并延长保修一年；损失赔偿按合同条款另行协商，已转商务部门跟进。',
    opinion: '已安排厂家技术专家到场检测，确认逆变模块故障，同意免费更换整机，保修期顺延一年。',
    opinionBy: '上级单位 客户服务处 何建华',
    reply: '已向客户书面说明更换整机和延保安排，赔偿事项由商务部门另行联系，客户同意先行更换。',
    correction: '补充两次掉电时间和受影响的设备清单。',
  }),
  noCallback: T({
    content: '上次投诉时答应三个工作日内回复处理结果，至今已两周，没有任何人联系。',
    subject: '投诉：承诺回复未兑现',
    result: '经核实，上次处理结果已形成但漏了回访环节。已当天回复客户，并在投诉流程中增加回复截止提醒。',
    opinion: '',
    opinionBy: '',
    reply: '已回电告知上次投诉的处理结果，并就延误致歉，客户表示满意。',
    correction: '补充上次投诉单号与来电日期。',
  }),
  nightHotline: T({
    content: '晚上 11 点拨打夜间及节假日热线，连续三次无人接听，机房告警无法报修。',
    subject: '投诉：夜间热线无人接听',
    result: '核查为夜班话务员临时离岗且未转接。已调整夜班转接设置，离岗时自动转值班手机，并对当班人员考核。',
    opinion: '',
    opinionBy: '',
    reply: '已向客户说明原因与整改措施并致歉，客户接受。',
    correction: '补充三次拨打的具体时间：23:02、23:10、23:25。',
  }),
  messySite: T({
    content: '工程师在机房施工后没有清理现场，遗留包装和线头，吊顶板也没有恢复。',
    subject: '投诉：施工后未清理现场',
    result: '根据工程部意见，已安排人员返场清理并恢复吊顶，完工验收增加现场清洁检查项。',
    opinion: '已于次日安排两名人员返场清理并恢复吊顶板，完工单增加“现场已清理”客户签认项。',
    opinionBy: '工程部 吴志刚',
    reply: '已告知客户返场清理安排，客户确认现场已恢复。',
    correction: '补充施工日期和机房位置（地下一层弱电间）。',
  }),
  documents: T({
    content: '项目验收时承诺提供的竣工图纸和操作培训手册，至今三个月仍未移交。',
    subject: '投诉：竣工资料未移交',
    result: '根据资料室意见，竣工图纸与操作培训手册已整理完毕，由专人送达并签收。',
    opinion: '资料已整理齐全（竣工图纸 2 套、操作培训手册 1 册），已安排专人本周五送达客户并签收。',
    opinionBy: '资料室 林雪梅',
    reply: '已告知客户资料送达时间，客户已签收。',
    correction: '补充项目名称和验收日期。',
  }),
  remoteSupport: T({
    content: '摄像机离线问题找技术支持，答复含糊，只是反复让我们自己重启，问题拖了一周没解决。',
    subject: '投诉：技术支持答复含糊',
    result: '根据技术支持组意见，远程排查确认为交换机端口供电不足，已调整供电配置；摄像机已全部上线。',
    opinion: '远程排查为 PoE 交换机供电预算不足，已调整端口供电优先级，12 路摄像机全部恢复在线。',
    opinionBy: '技术支持组 胡文博',
    reply: '已告知客户故障原因和处理结果，客户确认画面恢复。',
    correction: '补充离线摄像机的位置和编号。',
  }),
  invoice: T({
    content: '维修费用发票迟迟不开，已经催了三次，财务无法报销。',
    subject: '投诉：发票迟迟未开具',
    result: '已核实开票信息，发票已开具并快递寄出，单号已告知客户；开票时限纳入服务考核。',
    opinion: '',
    opinionBy: '',
    reply: '已告知客户快递单号，客户已收到发票。',
    correction: '补充维修单号和开票抬头。',
  }),
  nonOriginal: T({
    content: '更换的硬盘不是原厂配件，包装上没有原厂标识，担心影响整机保修。',
    subject: '投诉：更换配件非原厂',
    result: '根据物资部意见，硬盘为厂家授权的同规格替代件，不影响保修；已出具书面保修确认函。',
    opinion: '所换硬盘为厂家授权替代件（附授权书），不影响整机保修，已出具保修确认函。',
    opinionBy: '物资部 钱秀英',
    reply: '已向客户寄送授权书和保修确认函，客户表示放心。',
    correction: '补充硬盘序列号。',
  }),
  discontinued: T({
    content: '设备型号停产后买不到同型号备件，维修一拖再拖，要求给出替代方案和时间表。',
    subject: '投诉：停产设备无备件',
    result: '根据上级单位意见，提供升级换代型号的优惠置换方案，置换完成前由中心出借备用设备。',
    opinion: '同意按升级换代政策优惠置换为新型号，置换前由售后服务中心出借同类备用设备保障使用。',
    opinionBy: '上级单位 客户服务处 何建华',
    reply: '已向客户介绍置换方案并发送书面说明，客户同意置换。',
    correction: '补充设备型号与序列号。',
  }),
  lateEn: T({
    content: 'The technician arrived without the replacement fan for the recorder and had to come back the next day.',
    subject: 'Complaint: technician came without the spare part',
    result: 'Per the Materials department: spare parts are now checked and signed for before a technician leaves. We apologised for the extra visit.',
    opinion: 'The work order did not name the fan model; the dispatch checklist now includes a signed parts check.',
    opinionBy: 'Materials: Qian Xiuying',
    reply: 'Called the customer, explained the new parts check and apologised; the customer accepted.',
    correction: 'Added the work-order number and the date of the first visit.',
  }),
  rudeEn: T({
    content: 'The night-hotline agent was curt and would not log the fault, saying to call back in office hours.',
    subject: 'Complaint: night hotline refused to log a fault',
    result: 'The recording confirms it. The agent was coached; every night call is now logged whatever its urgency.',
    opinion: '',
    opinionBy: '',
    reply: 'The seat manager called back, apologised and logged the fault; the customer accepted.',
    correction: 'Added the time of the call (02:15) and the number called.',
  }),
};
export type TopicKey = keyof typeof TOPICS;

export interface DemoComplaint {
  /** Days before the seed the call came in. */
  daysAgo: number;
  /** Which demo customer, by position in the archive sorted by code. */
  customer: number;
  topic: TopicKey;
  /** The complaint call was logged as a request of kind complaint, and the form filled from it. */
  call?: boolean;
  /** Where the information manager routes it: inside the center, to a department (by name), or to the higher-level office. */
  route?: 'internal' | 'higher' | '工程部' | '物资部' | '技术支持组' | '资料室';
  /** Sent back once: at the seat manager's review, before routing, or at the manager's signature. */
  back?: 'review' | 'routing' | 'signing';
  /** The routed work came back after its deadline. */
  late?: boolean;
  /** The manager drew a signature on the pad. */
  drawn?: boolean;
  /** How far the form has got today. */
  until: ComplaintState;
}

/** Four months of complaint forms: the old ones filed (some late, some sent back on the way), the recent ones at every step. */
export const DEMO_COMPLAINTS: DemoComplaint[] = [
  { daysAgo: 118, customer: 2, topic: 'late', call: true, route: 'internal', until: 'filed' },
  { daysAgo: 112, customer: 7, topic: 'warrantyCharge', route: '物资部', until: 'filed' },
  { daysAgo: 106, customer: 12, topic: 'repeated', call: true, route: '工程部', late: true, until: 'filed' },
  { daysAgo: 101, customer: 20, topic: 'rude', route: 'internal', back: 'review', until: 'filed' },
  { daysAgo: 97, customer: 3, topic: 'stillBroken', call: true, route: 'higher', until: 'filed' },
  { daysAgo: 92, customer: 31, topic: 'documents', route: '资料室', until: 'filed' },
  { daysAgo: 88, customer: 15, topic: 'nightHotline', route: 'internal', late: true, until: 'filed' },
  { daysAgo: 84, customer: 44, topic: 'lateEn', route: '物资部', until: 'filed' },
  { daysAgo: 79, customer: 9, topic: 'messySite', route: '工程部', back: 'signing', until: 'filed' },
  { daysAgo: 75, customer: 26, topic: 'invoice', route: 'internal', until: 'filed' },
  { daysAgo: 71, customer: 5, topic: 'noSparePart', call: true, route: '物资部', late: true, until: 'filed' },
  { daysAgo: 66, customer: 18, topic: 'remoteSupport', route: '技术支持组', until: 'filed' },
  { daysAgo: 62, customer: 1, topic: 'noCallback', route: 'internal', back: 'signing', until: 'filed' },
  { daysAgo: 58, customer: 37, topic: 'discontinued', route: 'higher', late: true, drawn: true, until: 'filed' },
  { daysAgo: 54, customer: 11, topic: 'nonOriginal', call: true, route: '物资部', until: 'filed' },
  { daysAgo: 50, customer: 23, topic: 'late', route: 'internal', until: 'filed' },
  { daysAgo: 46, customer: 29, topic: 'repeated', route: '工程部', back: 'routing', until: 'filed' },
  { daysAgo: 42, customer: 8, topic: 'rude', call: true, route: 'internal', until: 'filed' },
  { daysAgo: 38, customer: 45, topic: 'rudeEn', route: 'internal', until: 'filed' },
  { daysAgo: 35, customer: 14, topic: 'warrantyCharge', route: '物资部', late: true, until: 'filed' },
  { daysAgo: 31, customer: 4, topic: 'stillBroken', route: 'higher', until: 'filed' },
  { daysAgo: 28, customer: 33, topic: 'messySite', call: true, route: '工程部', until: 'filed' },
  { daysAgo: 25, customer: 19, topic: 'invoice', route: 'internal', late: true, until: 'filed' },
  { daysAgo: 22, customer: 6, topic: 'noCallback', route: 'internal', until: 'filed' },
  { daysAgo: 20, customer: 27, topic: 'remoteSupport', route: '技术支持组', until: 'replied' },
  { daysAgo: 17, customer: 10, topic: 'documents', route: '资料室', late: true, until: 'filed' },
  { daysAgo: 16, customer: 2, topic: 'repeated', call: true, route: '工程部', until: 'reply_assigned' },
  { daysAgo: 14, customer: 40, topic: 'discontinued', route: 'higher', until: 'sent' },
  { daysAgo: 12, customer: 13, topic: 'late', route: 'internal', until: 'replied' },
  { daysAgo: 10, customer: 21, topic: 'warrantyCharge', call: true, route: '物资部', until: 'ready_for_reply' },
  { daysAgo: 9, customer: 35, topic: 'noSparePart', route: '工程部', late: true, until: 'sent' },
  { daysAgo: 8, customer: 16, topic: 'rude', route: 'internal', until: 'reply_assigned' },
  { daysAgo: 7, customer: 24, topic: 'nonOriginal', route: '物资部', until: 'opinion_received' },
  { daysAgo: 6, customer: 30, topic: 'nightHotline', call: true, route: 'internal', late: true, until: 'routed_internal' },
  { daysAgo: 4, customer: 0, topic: 'stillBroken', route: 'higher', until: 'sent' },
  { daysAgo: 3.2, customer: 17, topic: 'messySite', route: '工程部', until: 'signed_transfer' },
  { daysAgo: 2.5, customer: 28, topic: 'invoice', route: 'internal', until: 'answered_internal' },
  { daysAgo: 1.6, customer: 38, topic: 'documents', route: '资料室', back: 'signing', until: 'reviewed' },
  { daysAgo: 1.3, customer: 22, topic: 'late', call: true, route: 'internal', until: 'routed_internal' },
  { daysAgo: 1.1, customer: 41, topic: 'repeated', route: '工程部', until: 'routed_transfer' },
  { daysAgo: 0.9, customer: 34, topic: 'rude', back: 'review', until: 'returned' },
  { daysAgo: 0.7, customer: 25, topic: 'noCallback', back: 'routing', until: 'reviewed' },
  { daysAgo: 0.25, customer: 39, topic: 'warrantyCharge', call: true, until: 'filled' },
  { daysAgo: 0.1, customer: 32, topic: 'lateEn', until: 'filled' },
];
