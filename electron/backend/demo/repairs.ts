// Demo repairs of the past week: fault reports of customers whose units the parts fit, each worked on a work order
// (故障处理派工单) through the API like any caller: made and dispatched by the seat manager, the technician's arrival,
// the parts issued (领用) and a spare brought back (退库) recorded on the work order, the visit completed and most
// signed off by the customer, the request confirmed. So every repair issue of the store's ledger names the work order
// that caused it, and the unit's page tells the call, the visit and its parts.
import type { Backend } from '..';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import type { Equipment } from '../../../shared/api/equipment';
import { zoneClock } from '../../../shared/calendar/zone';
import { demoSignature } from './signature';

type Caller = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CONDUCT = { tidyDress: true, companyBadge: true, shoeCovers: true, siteCleaned: true };

interface DemoRepair {
  model: string;
  /** The center's calendar day the call came in, days before today (1…6: a call is back-dated 7 days at most). */
  daysAgo: number;
  /** The local hour it came in; the technician is there three and a half hours later, done in six. */
  at: number;
  priority: ApiInput<'requests.create'>['priority'];
  subject: string;
  description: string;
  fault: { nature: string; category: string; location: string; impact: string; userActions: string };
  cause: string;
  tools: string;
  /** Issued on site; `back` of them brought back unused (退库). */
  parts: Array<{ code: string; quantity: number | string; back?: number }>;
  measures: string;
  /** Signed by the customer and the request confirmed; else completed, the signature still to come. */
  signed: boolean;
}

export const DEMO_REPAIRS: DemoRepair[] = [
  {
    model: 'HY-UPS-6000',
    daysAgo: 6,
    at: 9,
    priority: 'important',
    subject: 'UPS 旁路切换时继电器抖动',
    description: '切换到旁路时柜内有连续“咔哒”声，输出电压短时跌落。',
    fault: { nature: '设备故障', category: '电源', location: '信息中心机房', impact: '切换时服务器有重启风险', userActions: '已暂停旁路切换' },
    cause: '控制回路中间继电器触点烧蚀',
    tools: '万用表、绝缘电阻表、螺丝刀组',
    parts: [{ code: 'JDQ-MY2N-24', quantity: 6 }],
    measures: '更换控制回路中间继电器 6 只，旁路切换试验 10 次正常。',
    signed: true,
  },
  {
    model: 'HY-UPS-6000',
    daysAgo: 5,
    at: 10.5,
    priority: 'urgent',
    subject: 'UPS 过热告警，输出端子发黑',
    description: '6kVA UPS 连续两天报过热，打开侧板发现输出端子和接触器发黑。',
    fault: { nature: '过热', category: '电源', location: '配电室', impact: '可能烧毁输出回路', userActions: '已将部分负载转到市电' },
    cause: '接触器触点烧蚀、输出线老化，驱动板散热硅脂干涸',
    tools: '红外测温仪、压线钳、扭力扳手',
    parts: [
      { code: 'JCQ-1810', quantity: 2 },
      { code: 'DL-BVR-16', quantity: '7.25' },
      { code: 'RZ-GZ-1KG', quantity: '0.125' },
      { code: 'RDQ-RT18-32A', quantity: 8 },
    ],
    measures: '更换交流接触器 2 个、输出线 7.25 米、全部输入输出熔断器，驱动板重涂导热硅脂；满载 1 小时温升正常。',
    signed: true,
  },
  {
    model: 'HY-UPS-3000',
    daysAgo: 5,
    at: 13,
    priority: 'important',
    subject: '3kVA UPS 电池告警，后备时间不足',
    description: '面板电池指示灯闪烁，断电测试只支撑 3 分钟。',
    fault: { nature: '性能下降', category: '电源', location: '弱电间', impact: '停电时监控设备断电', userActions: '无' },
    cause: '蓄电池老化，一只输入熔断器熔断',
    tools: '蓄电池内阻测试仪、万用表',
    parts: [
      { code: 'DC-12V38', quantity: 4 },
      { code: 'RDQ-RT18-10A', quantity: 6, back: 2 },
    ],
    measures: '更换老化蓄电池 4 块、输入熔断器 4 只（带去 6 只，退回 2 只），放电测试后备 25 分钟。',
    signed: true,
  },
  {
    model: 'HY-UPS-3000',
    daysAgo: 4,
    at: 8.5,
    priority: 'urgent',
    subject: 'HY-UPS-3000 不开机',
    description: '停电恢复后 UPS 无法开机，按开机键无任何反应。',
    fault: { nature: '设备故障', category: '电源', location: '监控室', impact: '监控设备无后备电源', userActions: '检查了输入空开' },
    cause: '电源板损坏，输入熔断器熔断',
    tools: '万用表、示波器、防静电手环',
    parts: [
      { code: 'DYB-UPS3000', quantity: 2, back: 1 },
      { code: 'RDQ-RT18-10A', quantity: 2 },
    ],
    measures: '更换电源板 1 块（带两块备用，退回一块）、输入熔断器 2 只，开机带载测试正常。',
    signed: true,
  },
  {
    model: 'DS-7608N-K2',
    daysAgo: 6,
    at: 13.5,
    priority: 'urgent',
    subject: '硬盘录像机反复重启，风扇异响',
    description: '录像机每隔几分钟重启一次，机箱风扇有明显异响。',
    fault: { nature: '设备故障', category: '安防监控', location: '值班室', impact: '录像断续', userActions: '已断电重启' },
    cause: '主板电源管理芯片损坏，风扇轴承磨损',
    tools: '笔记本电脑、串口调试线',
    parts: [
      { code: 'ZKB-7608N-K2', quantity: 1 },
      { code: 'FS-8025-12', quantity: 1 },
    ],
    measures: '更换主板并恢复配置，更换散热风扇，观察 2 小时无重启。',
    signed: true,
  },
  {
    model: 'DS-7608N-K2',
    daysAgo: 2,
    at: 9.5,
    priority: 'important',
    subject: '监控中心录像机供电不稳',
    description: '录像机和交换机频繁掉电，电源线外皮发热。',
    fault: { nature: '供电故障', category: '安防监控', location: '监控中心', impact: '部分通道间歇掉线', userActions: '无' },
    cause: '电源线路老化、线径不足，机箱风扇积灰',
    tools: '电工工具、万用表、线槽',
    parts: [
      { code: 'DL-RVV-3X2.5', quantity: '12.5' },
      { code: 'FS-8025-12', quantity: 2 },
    ],
    measures: '重新敷设电源线 12.5 米，更换风扇 2 个，供电稳定。',
    signed: true,
  },
  {
    model: 'iDS-7216HQHI',
    daysAgo: 4,
    at: 11,
    priority: 'important',
    subject: '录像丢失，硬盘告警',
    description: '调阅上周录像时发现多段缺失，录像机报硬盘错误。',
    fault: { nature: '存储故障', category: '安防监控', location: '监控中心', impact: '历史录像缺失', userActions: '无' },
    cause: '硬盘坏道，5 块硬盘 SMART 告警',
    tools: '笔记本电脑、硬盘检测工具',
    parts: [{ code: 'YP-4T', quantity: 5 }],
    measures: '更换硬盘 5 块，重建阵列，录像恢复。',
    signed: false,
  },
  {
    model: 'DS-K1T671M',
    daysAgo: 3,
    at: 10,
    priority: 'general',
    subject: '人脸门禁屏幕碎裂',
    description: '大堂人脸门禁一体机屏幕被撞碎，无法显示。',
    fault: { nature: '外力损坏', category: '门禁', location: '大堂', impact: '只能刷卡进出', userActions: '已贴膜临时防护' },
    cause: '屏幕受外力撞击碎裂（保外）',
    tools: '螺丝刀组、吸盘',
    parts: [{ code: 'XSB-K1T671', quantity: 1 }],
    measures: '保外更换显示板 1 块，识别测试正常，已告知费用。',
    signed: true,
  },
  {
    model: 'DS-K1T671M',
    daysAgo: 3,
    at: 12,
    priority: 'general',
    subject: '门禁门磁损坏，门常开告警',
    description: '多个通道门禁持续报门未关。',
    fault: { nature: '部件损坏', category: '门禁', location: '各楼层通道门', impact: '门状态监控失效', userActions: '无' },
    cause: '门磁传感器受潮损坏',
    tools: '螺丝刀组、万用表',
    parts: [{ code: 'CGQ-MC38', quantity: 6 }],
    measures: '更换门磁 6 个，门状态上报正常。',
    signed: true,
  },
  {
    model: 'DS-2CD3T46WDV3',
    daysAgo: 1,
    at: 8,
    priority: 'important',
    subject: '摄像机电源适配器烧坏，4 路离线',
    description: '雷雨后停车场 4 台摄像机离线，适配器有焦味。',
    fault: { nature: '设备故障', category: '安防监控', location: '停车场', impact: '4 路画面中断', userActions: '无' },
    cause: '雷击浪涌烧毁电源适配器',
    tools: '万用表、登高梯',
    parts: [{ code: 'DY-12V2A', quantity: 4 }],
    measures: '更换电源适配器 4 个，建议加装防雷器，画面恢复。',
    signed: false,
  },
];

async function signedIn(backend: Backend, username: string, password: string): Promise<Caller> {
  const session = backend.newSession();
  const call: Caller = async (method, input) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`Demo data: ${method} failed: ${result.error.message}`);
    return result.value as ApiOutput<typeof method>;
  };
  await call('auth.login', { username, password });
  return call;
}

/**
 * Units of each model in service, as the agent would find them by model: of customers with no call on file yet and not
 * repaired this week first, so each unit's archive tells one story (the other demos' calls keep theirs).
 */
async function unitFinder(agent: Caller): Promise<(model: string) => Promise<Equipment>> {
  const models = (await agent('equipment.models', {})).items;
  const calling = new Set((await agent('requests.list', { limit: 200 })).items.map((r) => r.customerName));
  const repairedCustomers = new Set<number>();
  const repairedUnits = new Set<number>();
  return async (model) => {
    const modelId = models.find((m) => m.model === model)?.id;
    if (modelId === undefined) throw new Error(`Demo data: no equipment of model ${model}`);
    let fallback: Equipment | undefined;
    for (const customer of (await agent('equipment.modelCustomers', { modelId })).items) {
      const page = await agent('customers.get', { id: customer.id });
      if (!page.customer.active) continue;
      const unit = page.equipment.find((e) => e.model === model && e.lifecycle === 'in_service' && !repairedUnits.has(e.id));
      if (!unit) continue;
      fallback ??= unit;
      if (!repairedCustomers.has(customer.id) && !calling.has(page.customer.name)) {
        fallback = unit;
        break;
      }
    }
    if (!fallback) throw new Error(`Demo data: no unit of ${model} in service`);
    repairedCustomers.add(fallback.customerId);
    repairedUnits.add(fallback.id);
    return fallback;
  };
}

export async function seedRepairs(backend: Backend, password: string, now = Date.now()): Promise<number> {
  const agent = await signedIn(backend, 'agent', password);
  const seat = await signedIn(backend, 'seat', password);
  const tech = await signedIn(backend, 'tech', password);
  const techId = (await tech('auth.me', {})).id;
  const parts = new Map((await tech('parts.list', { limit: 500 })).items.map((part) => [part.code, part.id]));
  const part = (code: string) => {
    const id = parts.get(code);
    if (id === undefined) throw new Error(`Demo data: no part ${code}`);
    return id;
  };
  const unitOf = await unitFinder(agent);
  const clock = zoneClock((await agent('settings.get', {})).timeZone);
  const today = clock.dayOf(now);
  const engineering = (await agent('departments.list', {})).items.find((d) => d.name === '工程部')?.id;

  // In the order the calls came in, so their numbers and the work orders' follow the days.
  for (const repair of [...DEMO_REPAIRS].sort((a, b) => b.daysAgo - a.daysAgo || a.at - b.at)) {
    const unit = await unitOf(repair.model);
    const customer = await agent('customers.get', { id: unit.customerId });
    const contact = customer.customer.contacts[0];
    const received = clock.startOfDay(today - repair.daysAgo) + repair.at * HOUR;
    let request = await agent('requests.create', {
      callerPhone: contact?.phones[0]?.number ?? '021-6288-5000',
      callerName: contact?.name ?? '客户代表',
      customerId: unit.customerId,
      equipmentId: unit.id,
      kind: 'fault',
      channel: 'hotline',
      priority: repair.priority,
      subject: repair.subject,
      description: repair.description,
      fault: { ...repair.fault, occurredAt: received - HOUR },
      receivedAt: received,
    });
    // Analysed to the engineering department and started the same morning: the visit's completion resolves it.
    for (const step of [
      { action: 'analyse' as const, nature: repair.cause, ...(engineering !== undefined && { departmentId: engineering }) },
      { action: 'plan' as const, solution: `上门处理：${repair.cause}`, plannedBy: received + 8 * HOUR },
      { action: 'start' as const },
    ]) {
      request = await agent('requests.transition', { id: request.id, version: request.version, ...step });
    }
    let order = await seat('workOrders.create', {
      requestId: request.id,
      technicianIds: [techId],
      cause: repair.cause,
      tools: repair.tools,
      plannedParts: repair.parts.map((line) => ({ partId: part(line.code), quantity: line.quantity })),
      expectedAt: received + 4 * HOUR,
    });
    order = await seat('workOrders.dispatch', { id: order.id, version: order.version });
    order = await tech('workOrders.arrive', { id: order.id, version: order.version, at: received + 3.5 * HOUR });
    order = await tech('workOrders.recordParts', {
      id: order.id,
      version: order.version,
      lines: repair.parts.map((line) => ({ partId: part(line.code), kind: 'issue' as const, quantity: line.quantity })),
    });
    const back = repair.parts.filter((line) => line.back);
    if (back.length > 0) {
      order = await tech('workOrders.recordParts', {
        id: order.id,
        version: order.version,
        lines: back.map((line) => ({ partId: part(line.code), kind: 'return' as const, quantity: line.back! })),
      });
    }
    const completedAt = received + 6 * HOUR;
    order = await tech('workOrders.complete', { id: order.id, version: order.version, measures: repair.measures, outcome: 'solved', completedAt, conduct: CONDUCT });
    if (!repair.signed) continue;
    await tech('workOrders.signOff', {
      id: order.id,
      version: order.version,
      signedName: contact?.name ?? '客户代表',
      signedAt: completedAt + 10 * MINUTE,
      signature: demoSignature(),
    });
    const solved = (await agent('requests.get', { id: request.id })).request;
    await agent('requests.confirm', { id: solved.id, version: solved.version, satisfied: true, comment: '已修复，设备运行正常。' });
  }

  for (const call of [agent, seat, tech]) await call('auth.logout', {});
  return DEMO_REPAIRS.length;
}
