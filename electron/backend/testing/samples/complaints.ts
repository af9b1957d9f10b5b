// Sample inputs of the complaints domain's methods (see ../sample-inputs.ts): one form at each state a step starts
// from, each made once through the route by a keeper holding every role of it (see samples/questions.ts for why once).
import type Database from 'better-sqlite3';
import type { ApiInput, ApiOutput, MethodName } from '../../../../shared/api';
import type { ComplaintState } from '../../../../shared/complaints/route';
import type { TestBackend } from '../fixture';
import { ref, type DomainSamples } from './types';

/** The states the samples start from, in route order; each is reached by the steps before it. */
const STAGES = [
  'filled',
  'returned',
  'reviewed',
  'routed_internal',
  'answered_internal',
  'routed_transfer',
  'signed_transfer',
  'sent',
  'ready_for_reply',
  'reply_assigned',
  'replied',
  /** Filed, from a call whose request is still open: the one its closing (complaints.closeRequest) starts from. */
  'filed',
] as const satisfies readonly ComplaintState[];
type Stage = (typeof STAGES)[number];

const contentOf = (stage: Stage) => `样例投诉（${stage}）：维修人员未按约定时间到场。`;
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function make(t: TestBackend, side: Database.Database, stage: Stage): Promise<void> {
  const keeper = await t.signInAs(['agent', 'seat_manager', 'info_manager', 'dept_manager']);
  const ok = async <M extends MethodName>(method: M, input: ApiInput<M>) => {
    const result = await t.backend.invoke(keeper, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as ApiOutput<M>;
  };
  const customerId = (side.prepare('SELECT id FROM customers WHERE merged_into IS NULL ORDER BY id LIMIT 1').pluck().get() as number);
  // A form waiting for its reply goes to the user who holds just the agent role (the one the role and audit tests
  // call as); one to be replied here goes to the keeper.
  const replier = stage === 'reply_assigned' ? await t.signInAs(['agent']) : keeper;
  const agent = await t.backend.invoke(replier, 'auth.me', {});
  if (!agent.ok) throw new Error('auth.me failed');
  const request =
    stage === 'filed'
      ? await ok('requests.create', { channel: 'hotline', kind: 'complaint', priority: 'general', callerPhone: '021-6288-5000', customerId, subject: '样例投诉来电', description: '' })
      : null;
  let form = await ok('complaints.create', {
    customerId,
    complainant: '王经理',
    contactPhone: '021-6288-5000',
    content: contentOf(stage),
    ...(request && { requestId: request.id }),
  });
  const v = () => ({ id: form.id, version: form.version });
  if (stage === 'filled') return;
  if (stage === 'returned') {
    await ok('complaints.returnForCorrection', { ...v(), reason: '投诉内容不完整。' });
    return;
  }
  form = await ok('complaints.review', v());
  if (stage === 'reviewed') return;
  const transfer = stage === 'routed_transfer' || stage === 'signed_transfer' || stage === 'sent';
  form = await ok('complaints.route', { ...v(), route: transfer ? 'transfer_higher_level' : 'internal' });
  if (stage === 'routed_internal' || stage === 'routed_transfer') return;
  if (transfer) {
    form = await ok('complaints.sign', v());
    if (stage === 'signed_transfer') return;
    await ok('complaints.send', v());
    return;
  }
  form = await ok('complaints.recordResult', { ...v(), result: '已与维修组核实，向客户致歉并重新安排上门。' });
  if (stage === 'answered_internal') return;
  form = await ok('complaints.sign', { ...v(), signature: SIGNATURE });
  if (stage === 'ready_for_reply') return;
  form = await ok('complaints.assignReply', { ...v(), agentId: (agent.value as { id: number }).id });
  if (stage === 'reply_assigned') return;
  form = await ok('complaints.recordReply', { ...v(), reply: '已电话告知客户处理结果。' });
  if (stage === 'replied') return;
  await ok('complaints.file', v());
}

async function ensure(t: TestBackend, side: Database.Database, stage: Stage) {
  const find = () =>
    side.prepare('SELECT id, version FROM complaints WHERE content = ? ORDER BY id DESC LIMIT 1').get(contentOf(stage)) as
      | { id: number; version: number }
      | undefined;
  let row = find();
  if (!row) {
    await make(t, side, stage);
    row = find()!;
  }
  return row;
}

const at = (c: Parameters<typeof ref>[0], stage: Stage) => ({ id: ref(c, `complaints.${stage}Id`), version: ref(c, `complaints.${stage}Version`) });

export const complaintsSamples: DomainSamples<'complaints'> = {
  inputs: {
    'complaints.create': (c) => ({
      customerId: c.customerId,
      complainant: '王经理',
      contactPhone: '021-6288-5000',
      content: `样例 ${c.seq}：工程师到场后未解决问题即离开。`,
      requestId: ref<number>(c, 'requests.freshId'),
    }),
    'complaints.get': (c) => ({ id: ref(c, 'complaints.filledId') }),
    'complaints.list': () => ({ limit: 20 }),
    'complaints.due': () => ({}),
    'complaints.review': (c) => at(c, 'filled'),
    'complaints.resubmit': (c) => ({ ...at(c, 'returned'), content: '补充：已三次报修未解决。' }),
    'complaints.route': (c) => ({ ...at(c, 'reviewed'), route: 'internal' }),
    'complaints.recordResult': (c) => ({ ...at(c, 'routed_internal'), result: '已核实并处理。' }),
    'complaints.sign': (c) => at(c, 'routed_transfer'),
    'complaints.send': (c) => at(c, 'signed_transfer'),
    'complaints.recordOpinion': (c) => ({ ...at(c, 'sent'), opinion: '情况属实，已责成整改。', opinionBy: '上级单位 张处长' }),
    'complaints.assignReply': (c) => ({ ...at(c, 'ready_for_reply'), agentId: c.userId }),
    'complaints.recordReply': (c) => ({ ...at(c, 'reply_assigned'), reply: '已告知客户。' }),
    'complaints.file': (c) => at(c, 'replied'),
    'complaints.closeRequest': (c) => ({ id: ref(c, 'complaints.filedId') }),
    // The seat manager (the method's first role) sends back what the agent filled.
    'complaints.returnForCorrection': (c) => ({ ...at(c, 'filled'), reason: '投诉内容需补充约定到场时间。' }),
    'complaints.register': () => ({ from: '2026-01-01', to: '2026-12-31' }),
  },
  prepare: async (t, side) => {
    const refs: Record<string, number> = {};
    for (const stage of STAGES) {
      const row = await ensure(t, side, stage);
      refs[`complaints.${stage}Id`] = row.id;
      refs[`complaints.${stage}Version`] = row.version;
    }
    return refs;
  },
};
