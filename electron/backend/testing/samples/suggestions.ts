// Sample inputs of the suggestions domain's methods (see ../sample-inputs.ts): a suggestion just recorded, one
// forwarded and one answered, each made once (see samples/questions.ts for why not again).
import type Database from 'better-sqlite3';
import { firstDepartment, recordsAtStages, ref, type Calls, type DomainSamples } from './types';

const SUGGESTIONS = {
  recorded: '样例：希望热线增加微信报修渠道。',
  forwarded: '样例：建议工程师上门前短信告知到达时间。',
  answered: '样例：希望提供设备巡检报告的电子版。',
};

async function make(ok: Calls, side: Database.Database, stage: keyof typeof SUGGESTIONS, content: string): Promise<void> {
  const forwarded = stage !== 'recorded' && { departmentId: firstDepartment(side) };
  const created = await ok('suggestions.create', { content, channel: 'hotline', callerName: '李工', ...forwarded });
  if (stage === 'answered') await ok('suggestions.answer', { id: created.id, version: created.version, answer: '已采纳，下季度上线。' });
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
  prepare: async (t, side) => ({
    'suggestions.departmentId': firstDepartment(side),
    ...(await recordsAtStages(t, side, 'suggestions', { table: 'suggestions', column: 'content' }, SUGGESTIONS, (ok, stage, content) =>
      make(ok, side, stage, content),
    )),
  }),
};
