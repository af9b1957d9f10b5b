// Sample inputs of the knowledge domain's methods (see ../sample-inputs.ts): a draft to publish and a published
// article to read, edit, use and withdraw, each made once (see samples/questions.ts for why not again).
import type Database from 'better-sqlite3';
import type { ApiInput } from '../../../../shared/api';
import type { TestBackend } from '../fixture';
import { ref, type DomainSamples } from './types';

const PUBLISHED_TITLE = '样例：硬盘录像机无法开机怎么办';
const DRAFT_TITLE = '样例：UPS 告警声持续鸣响';

async function makeArticle(t: TestBackend, publish: boolean): Promise<void> {
  const keeper = await t.signInAs(['supervisor']);
  const input: ApiInput<'knowledge.create'> = {
    zh: {
      title: publish ? PUBLISHED_TITLE : DRAFT_TITLE,
      question: '客户反映设备无法正常工作。',
      answer: '请先检查电源线与插座，再按说明书重启设备；仍不能解决请报修。',
    },
    en: { title: publish ? 'Sample: the NVR does not power on' : 'Sample: the UPS keeps beeping', question: '', answer: 'Check the power cord first.' },
    productTags: ['硬盘录像机'],
    categoryTags: ['安防监控'],
    publish,
  };
  const result = await t.backend.invoke(keeper, 'knowledge.create', input);
  if (!result.ok) throw new Error(`knowledge.create: ${result.error.message}`);
}

/** The sample article of that title (by its first revision's title, whatever was done to it since). */
function sampleArticle(side: Database.Database, title: string) {
  return side
    .prepare(
      `SELECT a.id, a.version FROM knowledge_revisions r JOIN knowledge_articles a ON a.id = r.article_id
       WHERE r.revision = 1 AND r.title_zh = ? ORDER BY a.id DESC LIMIT 1`,
    )
    .get(title) as { id: number; version: number } | undefined;
}

export const knowledgeSamples: DomainSamples<'knowledge'> = {
  inputs: {
    'knowledge.search': () => ({ query: '录像机', limit: 10 }),
    'knowledge.list': () => ({ limit: 20 }),
    'knowledge.tags': () => ({}),
    'knowledge.get': (c) => ({ id: ref(c, 'knowledge.publishedId') }),
    'knowledge.history': (c) => ({ id: ref(c, 'knowledge.publishedId') }),
    'knowledge.create': (c) => ({
      zh: { title: `样例条目 ${c.seq}：空调不制冷`, question: '机房精密空调不制冷。', answer: '检查滤网是否堵塞，清洗后重新开机。' },
      productTags: ['精密空调'],
      categoryTags: ['空调'],
      note: '新建',
    }),
    'knowledge.update': (c) => ({
      id: ref(c, 'knowledge.publishedId'),
      version: ref(c, 'knowledge.publishedVersion'),
      en: { title: `Sample ${c.seq}: the NVR does not power on`, question: '', answer: 'Check the power cord and the socket first.' },
      note: '补充英文',
    }),
    'knowledge.publish': (c) => ({ id: ref(c, 'knowledge.draftId'), version: ref(c, 'knowledge.draftVersion') }),
    'knowledge.unpublish': (c) => ({ id: ref(c, 'knowledge.publishedId'), version: ref(c, 'knowledge.publishedVersion'), reason: '内容过时' }),
    'knowledge.recordUse': (c) => ({ articleId: ref(c, 'knowledge.publishedId'), requestId: ref<number>(c, 'requests.freshId') }),
    'knowledge.usedBy': (c) => ({ articleId: ref(c, 'knowledge.publishedId'), limit: 10 }),
  },
  prepare: async (t, side) => {
    let draft = sampleArticle(side, DRAFT_TITLE);
    if (!draft) {
      await makeArticle(t, false);
      draft = sampleArticle(side, DRAFT_TITLE)!;
    }
    let published = sampleArticle(side, PUBLISHED_TITLE);
    if (!published) {
      await makeArticle(t, true);
      published = sampleArticle(side, PUBLISHED_TITLE)!;
    }
    return {
      'knowledge.draftId': draft.id,
      'knowledge.draftVersion': draft.version,
      'knowledge.publishedId': published.id,
      'knowledge.publishedVersion': published.version,
    };
  },
};
