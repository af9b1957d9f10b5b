// Sample inputs of the questions domain's methods (see ../sample-inputs.ts): a record awaiting its answer, one
// answered, and one replied to with an article written from its answer. Each is made once: a later call that finds it
// moved on is answered invalid_state, which the role test accepts, and a refused call never has to make a new one
// (the role test checks that a refused call leaves the database as it was).
import type Database from 'better-sqlite3';
import { firstDepartment, recordsAtStages, ref, type Calls, type DomainSamples } from './types';

const QUESTIONS = {
  open: '样例：存储服务器能否热插拔硬盘？',
  answered: '样例：门禁一体机能否接入第三方平台？',
  replied: '样例：UPS 电池多久需要更换？',
};

async function make(ok: Calls, side: Database.Database, stage: keyof typeof QUESTIONS, question: string): Promise<void> {
  let record = await ok('questions.create', { question, departmentId: firstDepartment(side), callerName: '王经理', callerPhone: '021-6288-5000' });
  if (stage === 'open') return;
  record = await ok('questions.answer', { id: record.id, version: record.version, answer: '可以，需先在设备上启用开放协议。' });
  if (stage === 'answered') return;
  await ok('knowledge.create', {
    zh: { title: 'UPS 电池更换周期', question, answer: '一般 3 至 5 年，视使用环境而定。' },
    fromQuestionId: record.id,
  });
  await ok('questions.reply', { id: record.id, version: record.version, reply: '已电话告知客户。' });
}

export const questionsSamples: DomainSamples<'questions'> = {
  inputs: {
    'questions.create': (c) => ({
      question: `样例 ${c.seq}：网络摄像机能否支持 H.265+ 编码？`,
      departmentId: ref(c, 'questions.departmentId'),
      callerName: '王经理',
      callerPhone: '021-6288-5000',
      customerId: c.customerId,
      requestId: ref<number>(c, 'requests.freshId'),
      reasonTold: '需技术支持组确认固件版本',
    }),
    'questions.get': (c) => ({ id: ref(c, 'questions.openId') }),
    'questions.list': () => ({ state: 'open', limit: 20 }),
    'questions.answer': (c) => ({ id: ref(c, 'questions.openId'), version: ref(c, 'questions.openVersion'), answer: '支持，需升级到 V5.7 以上固件。' }),
    'questions.reply': (c) => ({ id: ref(c, 'questions.answeredId'), version: ref(c, 'questions.answeredVersion'), reply: '已回电告知客户。' }),
    'questions.close': (c) => ({ id: ref(c, 'questions.repliedId'), version: ref(c, 'questions.repliedVersion') }),
    'questions.closeWithoutArticle': (c) => ({
      id: ref(c, 'questions.repliedId'),
      version: ref(c, 'questions.repliedVersion'),
      reason: '属个案，不具普遍性',
    }),
  },
  prepare: async (t, side) => ({
    'questions.departmentId': firstDepartment(side),
    ...(await recordsAtStages(t, side, 'questions', { table: 'difficult_questions', column: 'question' }, QUESTIONS, (ok, stage, question) =>
      make(ok, side, stage, question),
    )),
  }),
};
