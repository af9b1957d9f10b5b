// Sample inputs of the suggestions domain's methods (see ../sample-inputs.ts): a suggestion just recorded, one
// forwarded and one answered, each made once (see samples/questions.ts for why not again).
import type Database from 'better-sqlite3';
import type { ApiInput, ApiOutput, MethodName } from '../../../../shared/api';
import type { TestBackend } from '../fixture';
import { ref, type DomainSamples } from './types';

const RECORDED = '样例：希望热线增加微信报修渠道。';
const FORWARDED = '样例：建议工程师上门前短信告知到达时间。';
const ANSWERED = '样例：希望提供设备巡检报告的电子版。';

function department(side: Database.Database): number {
  return (side.prepare("SELECT id FROM departments WHERE kind = 'department' AND active = 1 ORDER BY id LIMIT 1").get() as { id: number }).id;
}

async function make(t: TestBackend, side: Database.Database, content: string, stage: 'recorded' | 'forwarded' | 'answered'): Promise<void> {
  const keeper = await t.signInAs(['agent', 'supervisor']);
  const ok = async <M extends MethodName>(method: M, input: ApiInput<M>) => {
    const result = await t.backend.invoke(keeper, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as ApiOutput<M>;
  };
  const created = await ok('suggestions.create', {
    content,
    channel: 'hotline',
    callerName: '李工',
    ...(stage !== 'recorded' && { departmentId: department(side) }),
  });
  if (stage === 'answered') await ok('suggestions.answer', { id: created.id, version: created.version, answer: '已采纳，下季度上线。' });
}

async function ensure(t: TestBackend, side: Database.Database, content: string, stage: 'recorded' | 'forwarded' | 'answered') {
  const find = () =>
    side.prepare('SELECT id, version, state FROM suggestions WHERE content = ? ORDER BY id DESC LIMIT 1').get(content) as
      | { id: number; version: number; state: string }
      | undefined;
  let row = find();
  if (!row) {
    await make(t, side, content, stage);
    row = find()!;
  }
  return row;
}

export const suggestionsSamples: DomainSamples<'suggestions'> = {
  inputs: {
    'suggestions.create': (c) => ({
      content: `样例 ${c.seq}：建议在官网公布备件价格。`,
      channel: 'web',
      callerName: '王经理',
      callerPhone: '021-6288-5000',
      customerId: c.customerId,
      requestId: ref<number>(c, 'requests.freshId'),
      departmentId: ref<number>(c, 'suggestions.departmentId'),
    }),
    'suggestions.get': (c) => ({ id: ref(c, 'suggestions.recordedId') }),
    'suggestions.list': () => ({ limit: 20 }),
    'suggestions.forward': (c) => ({
      id: ref(c, 'suggestions.recordedId'),
      version: ref(c, 'suggestions.recordedVersion'),
      departmentId: ref<number>(c, 'suggestions.departmentId'),
    }),
    'suggestions.answer': (c) => ({ id: ref(c, 'suggestions.forwardedId'), version: ref(c, 'suggestions.forwardedVersion'), answer: '已安排，下月起执行。' }),
    'suggestions.close': (c) => ({ id: ref(c, 'suggestions.answeredId'), version: ref(c, 'suggestions.answeredVersion'), note: '已电话告知客户。' }),
  },
  prepare: async (t, side) => {
    const recorded = await ensure(t, side, RECORDED, 'recorded');
    const forwarded = await ensure(t, side, FORWARDED, 'forwarded');
    const answered = await ensure(t, side, ANSWERED, 'answered');
    return {
      'suggestions.departmentId': department(side),
      'suggestions.recordedId': recorded.id,
      'suggestions.recordedVersion': recorded.version,
      'suggestions.forwardedId': forwarded.id,
      'suggestions.forwardedVersion': forwarded.version,
      'suggestions.answeredId': answered.id,
      'suggestions.answeredVersion': answered.version,
    };
  },
};
