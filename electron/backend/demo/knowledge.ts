// Demo data of the knowledge base, difficult questions and suggestions, entered through the API by the people who do
// it: the supervisor and the seat manager keep the knowledge base, an agent proposes a draft, agents open difficult
// questions (two of them written up from last week's faxes, so the list shows late ones), departments answer, and
// customers' suggestions go round.
import type { Backend } from '..';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';

type Caller = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

function signedIn(backend: Backend, username: string, password: string): Caller & { ready: Promise<void> } {
  const session = backend.newSession();
  const call = (async <M extends MethodName>(method: M, input: ApiInput<M>) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`Demo data: ${method} as ${username} failed: ${result.error.message}`);
    return result.value as ApiOutput<M>;
  }) as Caller & { ready: Promise<void> };
  call.ready = call('auth.login', { username, password }).then(() => undefined);
  return call;
}

interface DemoArticle {
  zh: [title: string, question: string, answer: string];
  en?: [title: string, question: string, answer: string];
  products: string[];
  categories: string[];
}

const text = ([title, question, answer]: [string, string, string]) => ({ title, question, answer });

/** What the center's knowledge base holds: the questions callers really ask, in Chinese and mostly also in English. */
export const DEMO_ARTICLES: DemoArticle[] = [
  {
    zh: ['硬盘录像机无法开机', '录像机通电后指示灯不亮怎么办？', '1. 检查电源适配器输出是否为 12V/48V（以铭牌为准），换一个插座试。\n2. 电源灯仍不亮：断电 5 分钟后重新上电。\n3. 仍无反应：报修，工程师携带电源模块上门更换。'],
    en: ['NVR does not power on', 'The recorder shows no light after power-up.', '1. Check the adapter output (12 V/48 V as on the label) and try another socket.\n2. Still dark: cut power for 5 minutes and power up again.\n3. No response: report a fault; an engineer brings a spare power module.'],
    products: ['硬盘录像机'],
    categories: ['安防监控', '故障处理'],
  },
  {
    zh: ['录像回放卡顿', '回放录像时画面一卡一卡的', '回放多路高清录像时带宽不足会卡顿：改用子码流回放，或减少同时回放的通道数；本地回放仍卡顿时检查硬盘健康状态。'],
    en: ['Playback stutters', 'Recorded video stutters on playback.', 'Playing back many HD channels at once exceeds the bandwidth: use the sub-stream or fewer channels; if local playback still stutters, check the disk health.'],
    products: ['硬盘录像机'],
    categories: ['安防监控'],
  },
  {
    zh: ['硬盘报错或录像丢失', '录像机提示硬盘异常，部分录像找不到了', '在“存储管理”中查看硬盘状态：显示“异常”或“休眠”时先重启录像机；仍异常请报修更换硬盘。录像计划被改动或硬盘写满覆盖也会导致录像缺失，请核对录像计划与覆盖策略。'],
    en: ['Disk error or missing recordings', 'The recorder reports a disk fault and some footage is gone.', 'Check the disk in Storage management: if it shows Error or Sleeping, restart the recorder; if the error stays, report a fault to replace the disk. A changed schedule or an overwritten full disk also loses footage: check the schedule and overwrite setting.'],
    products: ['硬盘录像机'],
    categories: ['安防监控', '故障处理'],
  },
  {
    zh: ['网络摄像机夜视画面模糊', '晚上监控画面发白、看不清', '清洁镜头罩上的灰尘和蛛网；检查红外灯是否全部点亮；摄像机前方有反光物（玻璃、白墙）时调整角度；供电不足也会使红外灯变暗，请检查 PoE 交换机功率。'],
    en: ['IP camera blurred at night', 'The picture is washed out and unclear at night.', 'Clean dust and cobwebs off the housing; check that all infrared LEDs light up; turn the camera away from reflective surfaces; a weak PoE supply dims the infrared too, so check the switch power budget.'],
    products: ['网络摄像机'],
    categories: ['安防监控'],
  },
  {
    zh: ['摄像机画面偏红或偏色', '白天画面颜色发红', '多为红外滤光片切换器卡住：在设备菜单中手动切换一次“日/夜”模式；仍偏色请报修更换滤光片组件。'],
    en: ['Camera picture too red', 'The daytime picture has a red cast.', 'Usually the IR-cut filter is stuck: switch Day/Night mode by hand once in the menu; if the cast stays, report a fault to replace the filter assembly.'],
    products: ['网络摄像机'],
    categories: ['安防监控', '故障处理'],
  },
  {
    zh: ['球机不能转动', '云台控制没有反应', '确认控制协议与地址码设置一致；检查 RS-485 线是否接反；球机自检时不能控制，请等待约 2 分钟。'],
    en: ['PTZ dome does not move', 'Pan/tilt control has no effect.', 'Check the protocol and address match; check the RS-485 wires are not swapped; the dome ignores control during its 2-minute self-test.'],
    products: ['球机'],
    categories: ['安防监控'],
  },
  {
    zh: ['忘记设备登录密码', '录像机或摄像机的管理员密码忘了', '出于安全，密码重置需客户单位出具书面证明，由工程师携带工具到现场办理；热线不能远程提供重置码。'],
    en: ['Forgotten device password', 'The admin password of the recorder or camera is lost.', 'For security, a reset needs a written request from the customer and is done on site by an engineer; the hotline cannot give reset codes by phone.'],
    products: ['硬盘录像机', '网络摄像机'],
    categories: ['安防监控', '使用咨询'],
  },
  {
    zh: ['UPS 告警声持续鸣响', 'UPS 一直在叫', '每 4 秒鸣叫一次：市电中断，UPS 正在电池供电，请尽快保存工作；每秒鸣叫一次：电池电量低；长鸣：UPS 故障或过载，请减少负载并报修。按面板消音键可暂停鸣叫。'],
    en: ['UPS keeps beeping', 'The UPS will not stop beeping.', 'A beep every 4 s: mains failure, running on battery, save your work; every second: battery low; continuous: fault or overload, reduce the load and report a fault. The mute key silences it.'],
    products: ['UPS'],
    categories: ['电源', '故障处理'],
  },
  {
    zh: ['UPS 电池更换周期', 'UPS 电池多久需要更换？', '阀控式铅酸蓄电池一般 3 至 5 年更换；环境温度每升高 10℃，寿命约减半。建议每年做一次放电测试，容量低于 80% 时整组更换。'],
    en: ['UPS battery replacement interval', 'How often are UPS batteries replaced?', 'Valve-regulated lead-acid batteries last three to five years; every 10 °C hotter roughly halves their life. Run a discharge test yearly and replace the whole string below 80 % capacity.'],
    products: ['UPS', '蓄电池组'],
    categories: ['电源', '使用咨询'],
  },
  {
    zh: ['UPS 后备时间变短', '停电时 UPS 撑不了多久', '电池老化或负载增加都会缩短后备时间：核对当前负载率，做放电测试确认电池容量；新增设备前请联系我们核算容量。'],
    en: ['UPS backup time shorter', 'The UPS does not last long in a power cut.', 'Aged batteries or more load shorten backup time: check the load level and run a discharge test; call us to size the UPS before adding equipment.'],
    products: ['UPS'],
    categories: ['电源'],
  },
  {
    zh: ['UPS 旁路运行', '面板显示旁路（Bypass）', '过载或内部故障时 UPS 转旁路，负载直接由市电供电、停电不再保护：先减少负载，按说明书操作转回逆变；无法转回请立即报修。'],
    en: ['UPS on bypass', 'The panel shows Bypass.', 'On overload or an internal fault the UPS goes to bypass and no longer protects the load: reduce the load and switch back to inverter as the manual says; if it will not, report a fault at once.'],
    products: ['UPS'],
    categories: ['电源', '故障处理'],
  },
  {
    zh: ['精密空调高压告警', '机房空调报高压告警怎么办？', '检查室外机冷凝器是否被柳絮、灰尘堵塞，风机是否运转；清洗冷凝器后按复位键。频繁告警请报修检查冷媒量与压缩机。'],
    en: ['Precision AC high-pressure alarm', 'The computer-room air conditioner shows a high-pressure alarm.', 'Check the outdoor condenser for catkins and dust and that its fan runs; clean it and press reset. Report a fault if it recurs, to check refrigerant and compressor.'],
    products: ['精密空调'],
    categories: ['空调', '故障处理'],
  },
  {
    zh: ['精密空调制冷效果差', '机房温度降不下来', '清洗或更换过滤网；确认回风温度设定值；检查机房门窗是否关闭、冷通道封闭是否完好；仍不降温请报修检测冷媒压力。'],
    en: ['Precision AC cools poorly', 'The room temperature will not come down.', 'Clean or replace the filters; check the return-air set point; keep doors and windows shut and the cold aisle closed; if it still will not cool, report a fault to check refrigerant pressure.'],
    products: ['精密空调'],
    categories: ['空调'],
  },
  {
    zh: ['空调漏水', '空调下方有积水', '检查冷凝水排水管是否堵塞、加湿器给排水是否正常；立即关闭加湿功能并擦干积水，防止漏水进入设备。'],
    en: ['Air conditioner leaks water', 'Water is pooling under the unit.', 'Check the condensate drain for blockage and the humidifier water supply; switch humidification off and dry the floor at once so no water reaches equipment.'],
    products: ['精密空调'],
    categories: ['空调', '故障处理'],
  },
  {
    zh: ['交换机端口灯不亮', '设备接上交换机后端口灯不亮', '换一根已知正常的网线测试；确认对端设备已开机、网口未禁用；光口需检查光模块型号与光纤是否匹配。'],
    en: ['Switch port LED off', 'The port LED stays off after plugging in.', 'Try a known-good cable; check the far-end device is on and its port enabled; for fibre ports check the optic module type matches the fibre.'],
    products: ['接入交换机', '核心交换机'],
    categories: ['网络设备'],
  },
  {
    zh: ['核心交换机风扇故障告警', '交换机报风扇故障', '检查风扇框是否插紧、进风口是否被堵；风扇损坏可热插拔更换，请报修，工程师携带风扇框备件上门。'],
    en: ['Core switch fan alarm', 'The switch reports a fan failure.', 'Check the fan tray is seated and the air inlet is clear; a broken fan tray is hot-swappable: report a fault and an engineer brings a spare.'],
    products: ['核心交换机'],
    categories: ['网络设备', '故障处理'],
  },
  {
    zh: ['交换机配置丢失', '重启后交换机配置没了', '配置未保存到启动配置时重启会丢失：修改后需执行保存命令（如 save / write memory）。我们保留验收时的配置备份，可协助恢复。'],
    en: ['Switch configuration lost', 'The configuration is gone after a restart.', 'Changes not saved to the startup configuration are lost on restart: save after every change (save / write memory). We keep the configuration from acceptance and can help restore it.'],
    products: ['核心交换机', '接入交换机'],
    categories: ['网络设备'],
  },
  {
    zh: ['无线 AP 掉线', '无线网络时断时连', '检查 AP 供电（PoE 功率是否足够）与上联网线；在无线控制器上查看信道干扰，必要时调整信道与功率。'],
    en: ['Wireless AP drops off', 'Wi-Fi keeps connecting and disconnecting.', 'Check the AP power (enough PoE budget) and uplink cable; look at channel interference on the controller and adjust channel and power.'],
    products: ['无线控制器'],
    categories: ['网络设备'],
  },
  {
    zh: ['门禁读卡无反应', '刷卡门不开', '确认卡片已在门禁平台授权且在有效期内；检查读卡器供电（12V）与韦根线序；个别卡失效请到管理处重新发卡。'],
    en: ['Access reader does not respond', 'The door does not open on a card.', 'Check the card is authorised and valid on the platform; check the reader power (12 V) and Wiegand wiring; a single bad card is re-issued at the management office.'],
    products: ['门禁一体机'],
    categories: ['门禁', '故障处理'],
  },
  {
    zh: ['门禁人脸识别不灵敏', '刷脸经常识别不了', '调整安装高度（摄像头离地约 1.4 米）与补光；逆光环境开启宽动态；照片质量差的人员请重新采集人脸。'],
    en: ['Face recognition unreliable', 'Faces are often not recognised.', 'Mount the camera about 1.4 m high and add light; turn on WDR against backlight; re-enrol people whose photos are poor.'],
    products: ['门禁一体机'],
    categories: ['门禁'],
  },
  {
    zh: ['可视对讲无声音', '室内机能看到画面但听不到声音', '检查室内机音量与免打扰设置；单户无声多为室内机故障，整栋无声请检查单元门口机。'],
    en: ['Video intercom has no sound', 'Picture but no sound on the indoor unit.', 'Check the indoor unit volume and do-not-disturb; one flat without sound is usually its indoor unit, a whole building points to the door station.'],
    products: ['可视对讲'],
    categories: ['门禁'],
  },
  {
    zh: ['报警主机误报', '半夜经常误报警', '调整探测器灵敏度，避开空调出风口和宠物活动区；检查防区接线是否松动；更换电量不足的无线探测器电池。'],
    en: ['Alarm panel false alarms', 'Frequent false alarms at night.', 'Lower detector sensitivity and keep detectors away from air vents and pets; check zone wiring; replace weak batteries in wireless detectors.'],
    products: ['报警主机'],
    categories: ['安防监控', '故障处理'],
  },
  {
    zh: ['消防报警控制器显示故障', '消防主机报某个点位故障', '按屏幕提示找到故障点位：多为探测器脏污或线路断开。消防设施检修须由持证人员进行，请报修，勿自行拆除探测器。'],
    en: ['Fire alarm panel shows a fault', 'The fire panel reports a fault at a point.', 'Find the point shown on screen: usually a dirty detector or a broken line. Fire equipment is serviced by certified staff: report a fault and do not remove detectors yourself.'],
    products: ['消防报警控制器'],
    categories: ['消防'],
  },
  {
    zh: ['保修期怎么计算', '设备的保修期从什么时候开始？', '保修期自验收合格之日起计算，一般为 3 年（以合同为准）。在“客户档案”中可查到每台设备的保修截止日期。'],
    en: ['How the warranty period runs', 'When does the warranty start?', 'The warranty runs from the acceptance date, usually 3 years (as the contract says). Each unit’s warranty end is in the customer archive.'],
    products: [],
    categories: ['服务政策'],
  },
  {
    zh: ['如何办理续保', '保修快到期了，怎么续保？', '保修到期前 30 天内可办理续保：联系热线登记，我们发出续保合同；续保期从原保修期结束次日起算。'],
    en: ['How to renew a warranty', 'The warranty is about to end: how do we renew?', 'Renewal is possible from 30 days before the end: call the hotline, we send the renewal contract; the renewal starts the day after the old warranty ends.'],
    products: [],
    categories: ['服务政策'],
  },
  {
    zh: ['报修后多久到场', '报修后工程师多久能到？', '按服务承诺：紧急故障 4 小时内到场；重要故障 1 个工作日内；一般故障 3 个工作日内。节假日请拨打夜间及节假日热线。'],
    en: ['How soon an engineer arrives', 'How long after a fault report does an engineer come?', 'By our commitments: urgent faults within 4 hours; important within 1 working day; general within 3 working days. On holidays call the night & holiday hotline.'],
    products: [],
    categories: ['服务政策'],
  },
  {
    zh: ['停产设备的备件供应', '设备停产了，坏了还能修吗？', '停产设备在停产后 5 年内仍供应备件或替代备品；无法修复时可按“升级换代”方案更换新型号，详情请咨询热线。'],
    products: [],
    categories: ['服务政策'],
  },
  {
    zh: ['光端机无信号', '光端机的信号灯不亮', '检查光纤接头是否清洁、插紧，收发两端是否对应（TX 接 RX）；用光功率计测试光衰，超过 -25dBm 需熔接处理。'],
    en: ['Fibre transceiver has no link', 'The link LED on the transceiver is off.', 'Check the connectors are clean and seated and TX goes to RX; measure optical power, below -25 dBm the fibre needs splicing.'],
    products: ['光端机'],
    categories: ['网络设备'],
  },
  {
    zh: ['拼接屏部分黑屏', '电视墙有一块屏不亮', '检查该屏的电源与信号线；在解码器上确认对应输出口有信号；单屏故障请报修，勿自行拆卸屏体。'],
    en: ['One video-wall panel is black', 'One screen of the wall stays dark.', 'Check its power and signal cables and that the decoder output has a signal; report a single-panel fault and do not remove panels yourself.'],
    products: ['拼接屏'],
    categories: ['安防监控'],
  },
];

/** Drafts an agent wrote that wait for a publisher. */
const DEMO_DRAFTS: DemoArticle[] = [
  {
    zh: ['录像机接入手机 App 查看', '怎样用手机看监控？', '在应用商店下载厂家 App，扫描录像机上的二维码添加设备；外网查看需开启 P2P 或做端口映射。'],
    products: ['硬盘录像机'],
    categories: ['使用咨询'],
  },
  {
    zh: ['UPS 电池鼓包', '电池外壳鼓起来了', '电池鼓包说明已过充或老化，存在漏液风险：立即停止使用该组电池并报修更换。'],
    en: ['Swollen UPS battery', 'A battery case is bulging.', 'A swollen battery is overcharged or aged and may leak: stop using the string and report a fault to replace it.'],
    products: ['UPS'],
    categories: ['电源'],
  },
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface KnowledgeDemoResult {
  articles: number;
  questions: number;
  suggestions: number;
}

export async function seedKnowledge(backend: Backend, password: string): Promise<KnowledgeDemoResult> {
  const supervisor = signedIn(backend, 'supervisor', password);
  const seat = signedIn(backend, 'seat', password);
  const agent = signedIn(backend, 'agent', password);
  const manager = signedIn(backend, 'manager', password);
  // A difficult question is answered by the department it was addressed to (the engineer for Engineering) or a supervisor.
  const engineer = signedIn(backend, 'tech', password);
  await Promise.all([supervisor.ready, seat.ready, agent.ready, manager.ready, engineer.ready]);

  const published: Record<string, ApiOutput<'knowledge.create'>> = {};
  for (const [index, article] of DEMO_ARTICLES.entries()) {
    const keeper = index % 3 === 0 ? seat : supervisor;
    published[article.zh[0]] = await keeper('knowledge.create', {
      zh: text(article.zh),
      ...(article.en && { en: text(article.en) }),
      productTags: article.products,
      categoryTags: article.categories,
      publish: true,
    });
  }
  for (const draft of DEMO_DRAFTS) {
    await agent('knowledge.create', {
      zh: text(draft.zh),
      ...(draft.en && { en: text(draft.en) }),
      productTags: draft.products,
      categoryTags: draft.categories,
      note: '话务员建议新增 (proposed by an agent)',
    });
  }
  // A published article revised since: its history shows two revisions, the newer one waiting to be published.
  const battery = published['UPS 电池更换周期']!;
  await agent('knowledge.update', {
    id: battery.id,
    version: battery.version,
    zh: { ...battery.zh!, answer: `${battery.zh!.answer}\n更换下来的废旧电池由我中心统一回收处理。` },
    note: '补充废旧电池回收 (battery recycling added)',
  });

  const departments = (await agent('departments.list', {})).items;
  const department = (name: string) => departments.find((d) => d.name === name)!.id;
  const customer = async (name: string) => (await agent('customers.search', { query: name, limit: 1 })).items[0] ?? null;
  const hospital = await customer('上海市第六人民医院');
  const metro = await customer('上海地铁运营有限公司');
  const cmcc = await customer('中国移动通信集团上海有限公司');
  const now = Date.now();
  const caller = (c: Awaited<ReturnType<typeof customer>>) =>
    c ? { customerId: c.id, callerName: c.primaryContact ?? '', callerPhone: c.primaryPhone ?? '' } : {};

  // Difficult questions: two from last week's faxes still unanswered (late), one answered, one replied, two closed.
  let questions = 0;
  const open = (input: ApiInput<'questions.create'>) => {
    questions += 1;
    return agent('questions.create', input);
  };
  await open({
    question: '莘庄车辆段的摄像机能否接入我方自建的视频云平台（GB/T 28181）？',
    departmentId: department('技术支持组'),
    reasonTold: '需技术支持组确认设备固件是否支持国标协议',
    receivedAt: now - 6 * DAY,
    ...caller(metro),
  });
  await open({
    question: '旧款 UPS 主机停产后，能否只更换电池而不换主机？',
    departmentId: department('物资部'),
    reasonTold: '需物资部核实备件库存与替代型号',
    receivedAt: now - 5 * DAY,
    ...caller(cmcc),
  });
  await open({
    question: '门诊楼门禁能否与医院 HIS 系统的排班数据对接？',
    departmentId: department('工程部'),
    reasonTold: '需工程部评估接口方案',
    ...caller(hospital),
  });
  const answered = await open({
    question: '机房精密空调能否远程监控温湿度并短信告警？',
    departmentId: department('工程部'),
    reasonTold: '需工程部确认空调型号的通信接口',
    receivedAt: now - 2 * HOUR,
    ...caller(hospital),
  });
  await engineer('questions.answer', {
    id: answered.id,
    version: answered.version,
    answer: '可以：空调带 RS-485 监控口，接入动环监控主机后可设置温湿度阈值短信告警，需加装短信猫模块。',
  });
  const replied = await open({
    question: '硬盘录像机能否同时接入两个品牌的摄像机？',
    departmentId: department('技术支持组'),
    reasonTold: '需技术支持组确认兼容性列表',
    receivedAt: now - 26 * HOUR,
    ...caller(cmcc),
  });
  const repliedAnswered = await supervisor('questions.answer', {
    id: replied.id,
    version: replied.version,
    answer: '可以：其他品牌摄像机需支持 ONVIF 协议，按通道添加时选择 ONVIF；部分高级功能（智能侦测）不可用。',
  });
  await agent('questions.reply', { id: replied.id, version: repliedAnswered.version, reply: '已回电告知客户需支持 ONVIF 协议，并说明高级功能的限制。' });
  const closed = await open({
    question: '摄像机白天画面偏红是什么原因？',
    departmentId: department('技术支持组'),
    receivedAt: now - 3 * DAY,
    ...caller(metro),
  });
  const closedAnswered = await supervisor('questions.answer', { id: closed.id, version: closed.version, answer: '红外滤光片切换器卡住，手动切换日夜模式一次即可，仍偏色需更换滤光片组件。' });
  const closedReplied = await agent('questions.reply', { id: closed.id, version: closedAnswered.version, reply: '已告知客户手动切换日夜模式。' });
  const redCast = published['摄像机画面偏红或偏色']!;
  await agent('knowledge.update', {
    id: redCast.id,
    version: redCast.version,
    zh: { ...redCast.zh!, answer: `${redCast.zh!.answer}\n（依据技术支持组答复补充：切换一次后如能恢复，可在夜间再观察一次切换是否正常。）` },
    fromQuestionId: closed.id,
  });
  await agent('questions.close', { id: closed.id, version: closedReplied.version, articleId: redCast.id });
  const sunday = await open({ question: '能否安排工程师周日上门巡检？', departmentId: department('工程部'), receivedAt: now - 4 * DAY, ...caller(hospital) });
  const sundayAnswered = await engineer('questions.answer', { id: sunday.id, version: sunday.version, answer: '可以，已排班本周日上午。' });
  const sundayReplied = await agent('questions.reply', { id: sunday.id, version: sundayAnswered.version, reply: '已告知客户周日上午上门。' });
  await supervisor('questions.closeWithoutArticle', { id: sunday.id, version: sundayReplied.version, reason: '个案排班安排，不具普遍性，不入知识库' });

  // Suggestions: one just recorded, one forwarded, one late, one answered, one closed.
  const suggestions: Array<ApiInput<'suggestions.create'>> = [
    { content: '希望热线增加微信报修渠道，方便夜间报修。', channel: 'hotline', ...caller(hospital) },
    { content: '建议工程师上门前一小时短信告知预计到达时间。', channel: 'web', departmentId: department('工程部'), ...caller(cmcc) },
    { content: '希望每季度提供一次设备巡检报告的电子版。', channel: 'letter', departmentId: department('售后服务部'), receivedAt: now - 9 * DAY, ...caller(metro) },
    { content: '建议在官网公布常用备件的价格。', channel: 'email', departmentId: department('物资部'), receivedAt: now - 2 * DAY },
    { content: '希望培训时提供操作手册的英文版。', channel: 'onsite', departmentId: department('资料室'), receivedAt: now - 7 * DAY, ...caller(cmcc) },
  ];
  const made = [];
  for (const input of suggestions) made.push(await agent('suggestions.create', input));
  await manager('suggestions.answer', { id: made[3]!.id, version: made[3]!.version, answer: '采纳：常用备件价格表下月起在官网公布，每季度更新。' });
  const closedAnswer = await manager('suggestions.answer', { id: made[4]!.id, version: made[4]!.version, answer: '资料室已整理英文版操作手册，随下次培训一并提供。' });
  await agent('suggestions.close', { id: made[4]!.id, version: closedAnswer.version, note: '已电话告知客户，下次培训提供英文版手册。' });

  await Promise.all([supervisor, seat, agent, manager].map((call) => call('auth.logout', {})));
  return { articles: DEMO_ARTICLES.length + DEMO_DRAFTS.length, questions, suggestions: suggestions.length };
}
