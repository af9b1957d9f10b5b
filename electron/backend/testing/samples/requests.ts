// Sample inputs of the requests domain's methods (see ../sample-inputs.ts): a fault report waiting to be analysed and
// one waiting for the customer's confirmation, made again whenever a sample moved them on.
import type Database from 'better-sqlite3';
import type { TestBackend } from '../fixture';
import { callsAs, ref, type DomainSamples } from './types';

const FRESH_SUBJECT = '样例：录像机无法开机';
const CONFIRM_SUBJECT = '样例：等待客户确认';

async function make(t: TestBackend, kind: 'fresh' | 'awaiting'): Promise<void> {
  const ok = await callsAs(t);
  let request = await ok('requests.create', {
    callerPhone: '021-6288-5000',
    kind: 'fault',
    channel: 'hotline',
    priority: 'important',
    subject: kind === 'fresh' ? FRESH_SUBJECT : CONFIRM_SUBJECT,
    description: '二号机房的硬盘录像机今早起无法开机。',
    fault: { nature: '硬件', location: '二号机房' },
  });
  if (kind === 'fresh') return;
  const department = (await ok('departments.list', {})).items[0]!;
  for (const step of [
    { action: 'analyse', nature: '硬件故障', departmentId: department.id },
    { action: 'plan', solution: '更换电源模块', plannedBy: Date.now() + 86_400_000 },
    { action: 'start' },
    { action: 'resolve' },
  ] as const) {
    request = await ok('requests.transition', { id: request.id, version: request.version, ...step });
  }
}

function newest(side: Database.Database, subject: string) {
  return side.prepare('SELECT id, version, state, arrived_at FROM requests WHERE subject = ? ORDER BY id DESC LIMIT 1').get(subject) as
    | { id: number; version: number; state: string; arrived_at: number | null }
    | undefined;
}

export const requestsSamples: DomainSamples<'requests'> = {
  inputs: {
    'requests.create': (c) => ({
      callerPhone: '+86 138 0013 8000',
      customerId: c.customerId,
      kind: 'fault',
      channel: 'hotline',
      priority: 'urgent',
      subject: `监控画面黑屏 ${c.seq}`,
      description: '一号机房监控画面全部黑屏。',
      fault: { nature: '画面', category: '安防监控', location: '一号机房', impact: '全部画面', userActions: '已重启' },
    }),
    'requests.get': (c) => ({ id: ref(c, 'requests.freshId') }),
    'requests.list': () => ({ state: 'open', limit: 20 }),
    'requests.search': () => ({ query: '录像机', limit: 10 }),
    'requests.update': (c) => ({ id: ref(c, 'requests.freshId'), version: ref(c, 'requests.freshVersion'), priority: 'urgent' }),
    'requests.transition': (c) => ({ id: ref(c, 'requests.freshId'), version: ref(c, 'requests.freshVersion'), action: 'hold', reason: '等待备件' }),
    'requests.recordArrival': (c) => ({ id: ref(c, 'requests.arrivalId'), version: ref(c, 'requests.arrivalVersion') }),
    'requests.addNote': (c) => ({ id: ref(c, 'requests.freshId'), text: `内部备注 ${c.seq}` }),
    'requests.addProgress': (c) => ({ id: ref(c, 'requests.freshId'), message: '工程师已出发，预计两小时到场。' }),
    'requests.confirm': (c) => ({ id: ref(c, 'requests.awaitingId'), version: ref(c, 'requests.awaitingVersion'), satisfied: true }),
    'requests.board': () => ({ limit: 50 }),
    'requests.reminders': () => ({}),
  },
  prepare: async (t, side) => {
    let fresh = newest(side, FRESH_SUBJECT);
    if (!fresh || fresh.state !== 'accepted' || fresh.arrived_at !== null) {
      await make(t, 'fresh');
      fresh = newest(side, FRESH_SUBJECT)!;
    }
    let awaiting = newest(side, CONFIRM_SUBJECT);
    if (!awaiting || awaiting.state !== 'awaiting_confirmation') {
      await make(t, 'awaiting');
      awaiting = newest(side, CONFIRM_SUBJECT)!;
    }
    return {
      'requests.freshId': fresh.id,
      'requests.freshVersion': fresh.version,
      // An arrival is recorded on a fault report that has none yet: the fresh one serves.
      'requests.arrivalId': fresh.id,
      'requests.arrivalVersion': fresh.version,
      'requests.awaitingId': awaiting.id,
      'requests.awaitingVersion': awaiting.version,
    };
  },
};
