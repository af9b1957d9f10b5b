// Demo service requests: a hotline morning's worth of calls from demo customers, logged by the agent through the API
// and worked along their life, so the requests list, a request's page, the deadline board (late, due within the hour,
// a major breach) and the agent's progress reminder all have something to show. Two callers speak English.
import type { Backend } from '..';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import type { RequestAction } from '../../../shared/requests/lifecycle';

type Call = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface DemoRequest {
  /** Which demo customer (by position in the archive sorted by code), or null for a caller not on file. */
  customer: number | null;
  /** Hours before now the call came in (at most 7 days). */
  hoursAgo: number;
  kind: ApiInput<'requests.create'>['kind'];
  channel: ApiInput<'requests.create'>['channel'];
  priority: ApiInput<'requests.create'>['priority'];
  subject: string;
  description: string;
  fault?: { nature: string; category: string; location: string; impact: string; userActions: string };
  complex?: boolean;
  /** The steps taken since, in order; each with what it needs. */
  steps?: Array<{ action: RequestAction; nature?: string; department?: string; solution?: string; plannedInHours?: number; reason?: string }>;
  progress?: string[];
  notes?: string[];
  arrived?: boolean;
  confirmed?: { satisfied: boolean; comment: string };
  /** Taken by the seat manager (cancelling is theirs). */
  bySeat?: boolean;
}

const ANALYSE_TO = (department: string, nature: string) => ({ action: 'analyse' as const, department, nature });

const REQUESTS: DemoRequest[] = [
  {
    customer: 0,
    hoursAgo: 3,
    kind: 'fault',
    channel: 'hotline',
    priority: 'urgent',
    subject: '监控中心录像机全部通道无画面',
    description: '早上 7 点起监控中心 16 路画面全部黑屏，录像机前面板告警灯常亮。',
    fault: { nature: '设备故障', category: '安防监控', location: '监控中心机房', impact: '全部监控中断', userActions: '已重启录像机一次，无效' },
  },
  {
    customer: 1,
    hoursAgo: 26,
    kind: 'fault',
    channel: 'hotline',
    priority: 'important',
    subject: 'UPS 电池组续航明显下降',
    description: '市电断电演练时 UPS 只撑了 6 分钟，设计为 30 分钟。',
    fault: { nature: '性能下降', category: '电源', location: '配电室', impact: '断电时机房设备可能宕机', userActions: '检查了电池连接线，未见松动' },
    complex: true,
    // No progress message today yet: the agent's home screen reminds them.
    steps: [ANALYSE_TO('工程部', '蓄电池老化，需整组更换'), { action: 'plan', solution: '订购 32 节 12V100Ah 蓄电池，到货后停机更换并做放电测试', plannedInHours: 72 }, { action: 'start' }],
  },
  {
    customer: 2,
    hoursAgo: 50,
    kind: 'fault',
    channel: 'email',
    priority: 'general',
    subject: '门禁一体机人脸识别失败率高',
    description: '早高峰约三成员工需要刷两三次才能识别通过。',
    fault: { nature: '识别异常', category: '门禁', location: '一号楼大堂', impact: '早高峰排队', userActions: '清洁了摄像头' },
    steps: [ANALYSE_TO('技术支持组', '逆光环境导致识别率下降'), { action: 'plan', solution: '远程调整宽动态参数并更新识别算法', plannedInHours: 24 }, { action: 'start' }, { action: 'resolve' }],
    progress: ['已远程升级固件，请客户明早高峰观察效果。'],
  },
  {
    customer: 3,
    hoursAgo: 75,
    kind: 'fault',
    channel: 'hotline',
    priority: 'general',
    subject: '网络摄像机夜间画面偏红',
    description: '停车场 3 号摄像机夜间画面整体偏红。',
    fault: { nature: '图像异常', category: '安防监控', location: '地下停车场', impact: '夜间画面难以辨认车牌', userActions: '无' },
    steps: [ANALYSE_TO('工程部', '红外滤光片切换器卡滞'), { action: 'plan', solution: '上门更换滤光片切换组件', plannedInHours: 48 }, { action: 'start' }],
    arrived: true,
    notes: ['更换下的组件带回检测。'],
    confirmed: { satisfied: true, comment: '画面已恢复正常，感谢及时处理。' },
  },
  {
    customer: 4,
    hoursAgo: 0.5,
    kind: 'consultation',
    channel: 'hotline',
    priority: 'general',
    subject: '录像保存天数如何设置',
    description: '客户想把录像保存时间从 15 天延长到 30 天。',
  },
  {
    customer: 5,
    hoursAgo: 0.7,
    kind: 'consultation',
    channel: 'night_hotline',
    priority: 'urgent',
    subject: '停电后录像机无法开机',
    description: '来电人称停电恢复后录像机无法启动，询问是否可自行处理。',
  },
  {
    customer: 6,
    hoursAgo: 5,
    kind: 'complaint',
    channel: 'hotline',
    priority: 'important',
    subject: '维修人员未按约定时间到场',
    description: '约定上午 9 点到场，11 点仍未见人，也没有电话说明。',
    steps: [ANALYSE_TO('售后服务部', '派工调度失误'), { action: 'hold', reason: '等待客户确认方便的回访时间' }],
  },
  {
    customer: 7,
    hoursAgo: 20,
    kind: 'suggestion',
    channel: 'web',
    priority: 'general',
    subject: '希望提供微信报修渠道',
    description: '客户建议开通微信公众号报修，方便夜间报修。',
  },
  {
    customer: 8,
    hoursAgo: 6 * 24,
    kind: 'fault',
    channel: 'fax',
    priority: 'urgent',
    subject: '消防联动模块通讯中断',
    description: '消防控制室报联动模块通讯故障，需要上门处理。',
    fault: { nature: '通讯故障', category: '门禁', location: '消防控制室', impact: '门禁与消防联动失效', userActions: '已通知物业值守' },
    steps: [ANALYSE_TO('工程部', '联动模块主板损坏'), { action: 'hold', reason: '等待厂家寄送主板备件' }],
    progress: ['已告知客户备件在途。'],
  },
  {
    customer: null,
    hoursAgo: 2,
    kind: 'consultation',
    channel: 'hotline',
    priority: 'general',
    subject: 'Warranty terms for the UPS bought last year',
    description: 'An English-speaking facilities manager asks whether the battery is covered by the three-year warranty.',
  },
  {
    customer: 9,
    hoursAgo: 1.5,
    kind: 'fault',
    channel: 'email',
    priority: 'important',
    subject: 'Camera offline after network switch replacement',
    description: 'Two cameras in the warehouse went offline after the customer replaced a network switch.',
    fault: { nature: 'Network fault', category: '安防监控', location: 'Warehouse B', impact: 'Two of twelve cameras offline', userActions: 'Checked the cables' },
  },
  {
    customer: 0,
    hoursAgo: 2.5,
    kind: 'fault',
    channel: 'hotline',
    priority: 'urgent',
    subject: '监控中心录像机无画面（重复来电）',
    description: '同一故障的第二次来电。',
    steps: [{ action: 'cancel', reason: '与前一张服务单重复' }],
    bySeat: true,
  },
];

function callerFor(backend: Backend): Call {
  const session = backend.newSession();
  return async (method, input) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`Demo data: ${method} failed: ${result.error.message}`);
    return result.value as ApiOutput<typeof method>;
  };
}

export async function seedRequests(backend: Backend, password: string): Promise<number> {
  const agent = callerFor(backend);
  const seat = callerFor(backend);
  await agent('auth.login', { username: 'agent', password });
  await seat('auth.login', { username: 'seat', password });
  const { items: customers } = await agent('customers.list', { sort: 'code', limit: 20, active: true });
  const { items: departments } = await agent('departments.list', {});
  const departmentId = (name: string) => departments.find((department) => department.name === name)?.id;
  const now = Date.now();
  let created = 0;
  for (const demo of REQUESTS) {
    const summary = demo.customer === null ? undefined : customers[demo.customer];
    const page = summary ? await agent('customers.get', { id: summary.id }) : null;
    const contact = page?.customer.contacts[0];
    const unit = demo.kind === 'fault' ? page?.equipment[0] : undefined;
    let request = await agent('requests.create', {
      callerPhone: contact?.phones[0]?.number ?? '138 1650 2207',
      callerName: contact?.name ?? 'Mr. Peter Hoffmann',
      customerId: summary?.id ?? null,
      equipmentId: unit?.id ?? null,
      kind: demo.kind,
      channel: demo.channel,
      priority: demo.priority,
      subject: demo.subject,
      description: demo.description,
      ...(demo.fault && { fault: { ...demo.fault, occurredAt: now - demo.hoursAgo * HOUR - HOUR } }),
      ...(demo.complex && { complex: true }),
      receivedAt: now - Math.min(demo.hoursAgo * HOUR, 7 * DAY - HOUR),
    });
    created += 1;
    const actor = demo.bySeat ? seat : agent;
    for (const message of demo.progress ?? []) await agent('requests.addProgress', { id: request.id, message });
    for (const step of demo.steps ?? []) {
      const latest = (await actor('requests.get', { id: request.id })).request;
      request = await actor('requests.transition', {
        id: request.id,
        version: latest.version,
        action: step.action,
        ...(step.nature && { nature: step.nature }),
        ...(step.department && { departmentId: departmentId(step.department) }),
        ...(step.solution && { solution: step.solution }),
        ...(step.plannedInHours && { plannedBy: now + step.plannedInHours * HOUR }),
        ...(step.reason && { reason: step.reason }),
      });
    }
    if (demo.arrived) request = await agent('requests.recordArrival', { id: request.id, version: request.version });
    for (const text of demo.notes ?? []) await agent('requests.addNote', { id: request.id, text });
    if (demo.confirmed) {
      const latest = (await agent('requests.get', { id: request.id })).request;
      request = await agent('requests.transition', { id: request.id, version: latest.version, action: 'resolve' });
      await agent('requests.confirm', { id: request.id, version: request.version, ...demo.confirmed });
    }
  }
  await agent('auth.logout', {});
  await seat('auth.logout', {});
  return created;
}
