// The knowledge base through invoke: writing and publishing articles, every revision kept, conflicts on a stale
// version, who may publish, and the search an agent uses while the caller waits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../../shared/api';
import type { SessionContext } from '../auth/sessions';
import { createTestBackend, type TestBackend } from '../../testing/fixture';
import { logCall } from '../../testing/calls';

let t: TestBackend;
let agent: SessionContext;
let supervisor: SessionContext;
let seat: SessionContext;

const article = (zhTitle: string, zhAnswer: string, extra: Partial<ApiInput<'knowledge.create'>> = {}): ApiInput<'knowledge.create'> => ({
  zh: { title: zhTitle, question: '', answer: zhAnswer },
  ...extra,
});

beforeAll(async () => {
  t = await createTestBackend();
  agent = await t.signInAs(['agent']);
  supervisor = await t.signInAs(['supervisor']);
  seat = await t.signInAs(['seat_manager']);
});
afterAll(() => t.close());

describe('articles', () => {
  it('are written as drafts, in Chinese and English, and numbered', async () => {
    const created = await t.expectOk(agent, 'knowledge.create', {
      zh: { title: '硬盘录像机无法开机', question: '录像机通电后指示灯不亮怎么办？', answer: '检查电源适配器输出是否为 12V。' },
      en: { title: 'The NVR does not power on', question: 'No light after power-up?', answer: 'Check that the adapter gives 12 V.' },
      productTags: ['硬盘录像机', '硬盘录像机'],
      categoryTags: ['安防监控'],
    });
    expect(created).toMatchObject({ state: 'draft', revision: 1, publishedRevision: null, productTags: ['硬盘录像机'] });
    expect(created.number).toMatch(/^ZS-\d{6}$/);
    expect(created.en?.title).toBe('The NVR does not power on');
    expect(created.createdByName).toMatch(/测试用户/);
  });

  it('need a text in at least one language', async () => {
    const none = await t.call(agent, 'knowledge.create', { productTags: ['UPS'] });
    expect(none).toMatchObject({ ok: false, error: { code: 'validation' } });
    const created = await t.expectOk(agent, 'knowledge.create', { en: { title: 'UPS battery life', question: '', answer: 'Three to five years.' } });
    expect(created.zh).toBeNull();
    const emptied = await t.call(agent, 'knowledge.update', { id: created.id, version: created.version, en: null });
    expect(emptied).toMatchObject({ ok: false, error: { code: 'validation', reason: 'validation.articleLanguageRequired' } });
  });

  it('keep every revision with who and when, and lose an edit made on a stale version', async () => {
    const v1 = await t.expectOk(agent, 'knowledge.create', article('UPS 告警声', '市电中断时 UPS 会每 4 秒鸣叫一次。'));
    t.clock.advance(60_000);
    const v2 = await t.expectOk(seat, 'knowledge.update', {
      id: v1.id,
      version: v1.version,
      zh: { title: 'UPS 告警声含义', question: '', answer: '市电中断时每 4 秒鸣叫一次；电池低电量时每秒鸣叫一次。' },
      note: '补充低电量告警',
    });
    expect(v2.revision).toBe(2);
    const stale = await t.call(agent, 'knowledge.update', { id: v1.id, version: v1.version, categoryTags: ['UPS'] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const history = await t.expectOk(agent, 'knowledge.history', { id: v1.id });
    expect(history.revisions.map((r) => [r.revision, r.zh?.title, r.note])).toEqual([
      [2, 'UPS 告警声含义', '补充低电量告警'],
      [1, 'UPS 告警声', ''],
    ]);
    expect(history.changes.map((c) => c.kind)).toEqual(['edited', 'created']);
    expect(history.changes[0]!.at - history.changes[1]!.at).toBe(60_000);
    expect(history.changes[0]!.byName).not.toBe(history.changes[1]!.byName);
  });

  it('are published by a seat manager, information manager or supervisor, not by an agent', async () => {
    const draft = await t.expectOk(agent, 'knowledge.create', article('空调高压报警', '检查冷凝器是否脏堵。'));
    expect(await t.call(agent, 'knowledge.publish', { id: draft.id, version: draft.version })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const refused = await t.call(agent, 'knowledge.create', article('交换机端口灯不亮', '检查网线。', { publish: true }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'knowledge.publishNotPermitted' } });
    const published = await t.expectOk(supervisor, 'knowledge.publish', { id: draft.id, version: draft.version });
    expect(published).toMatchObject({ state: 'published', publishedRevision: 1 });
    expect(published.publishedByName).toBeTruthy();
    const again = await t.call(supervisor, 'knowledge.publish', { id: published.id, version: published.version });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });

  it('keep showing agents the published text while a newer revision waits for publishing', async () => {
    const published = await t.expectOk(supervisor, 'knowledge.create', article('门禁读卡无反应', '检查读卡器供电（12V）与韦根线序。', { publish: true }));
    const edited = await t.expectOk(agent, 'knowledge.update', {
      id: published.id,
      version: published.version,
      zh: { title: '门禁读卡无反应', question: '', answer: '先确认卡片已授权，再检查读卡器供电与韦根线序。' },
    });
    expect(edited).toMatchObject({ state: 'published', revision: 2, publishedRevision: 1 });
    expect(edited.publishedContent?.zh?.answer).toBe('检查读卡器供电（12V）与韦根线序。');
    // The search finds what agents see: the published words, not yet the new ones.
    expect((await t.expectOk(agent, 'knowledge.search', { query: '韦根' })).items.map((i) => i.id)).toContain(published.id);
    expect((await t.expectOk(agent, 'knowledge.search', { query: '授权' })).items.map((i) => i.id)).not.toContain(published.id);
    const listed = await t.expectOk(agent, 'knowledge.list', { state: 'published' });
    expect(listed.items.find((i) => i.id === published.id)?.pendingChanges).toBe(true);

    const republished = await t.expectOk(seat, 'knowledge.publish', { id: edited.id, version: edited.version });
    expect(republished).toMatchObject({ publishedRevision: 2, publishedContent: null });
    expect((await t.expectOk(agent, 'knowledge.search', { query: '授权' })).items.map((i) => i.id)).toContain(published.id);

    const withdrawn = await t.expectOk(seat, 'knowledge.unpublish', { id: republished.id, version: republished.version, reason: '型号停产' });
    expect(withdrawn).toMatchObject({ state: 'draft', publishedRevision: null });
    expect((await t.expectOk(agent, 'knowledge.search', { query: '韦根' })).items.map((i) => i.id)).not.toContain(published.id);
    const history = await t.expectOk(agent, 'knowledge.history', { id: published.id });
    expect(history.changes.map((c) => [c.kind, c.revision])).toEqual([
      ['unpublished', 2],
      ['published', 2],
      ['edited', 2],
      ['published', 1],
      ['created', 1],
    ]);
    expect(history.changes[0]!.note).toBe('型号停产');
  });

  it('keep their revisions even from a script going around the app', async () => {
    const created = await t.expectOk(agent, 'knowledge.create', article('机柜门禁', '刷卡开门。'));
    const side = t.openSideConnection();
    try {
      expect(() => side.prepare("UPDATE knowledge_revisions SET answer_zh = '改' WHERE article_id = ?").run(created.id)).toThrow(/kept as written/);
      expect(() => side.prepare('DELETE FROM knowledge_revisions WHERE article_id = ?').run(created.id)).toThrow(/kept as written/);
    } finally {
      side.close();
    }
  });

  it('list the tags in use', async () => {
    await t.expectOk(agent, 'knowledge.create', article('核心交换机堆叠', '堆叠线需按环形连接。', { productTags: ['核心交换机'], categoryTags: ['网络设备'] }));
    const tags = await t.expectOk(agent, 'knowledge.tags', {});
    expect(tags.products).toContain('核心交换机');
    expect(tags.categories).toContain('网络设备');
  });
});

describe('search', () => {
  let ids: Record<string, number>;
  beforeAll(async () => {
    const make = async (key: string, input: ApiInput<'knowledge.create'>) => {
      const created = await t.expectOk(supervisor, 'knowledge.create', input);
      return [key, created.id] as const;
    };
    ids = Object.fromEntries(
      await Promise.all([
        make('ups', {
          zh: { title: '不间断电源电池更换周期', question: 'UPS 电池多久换一次？', answer: '铅酸蓄电池一般 3 至 5 年更换。' },
          en: { title: 'UPS battery replacement interval', question: 'How often?', answer: 'Lead-acid batteries last three to five years.' },
          productTags: ['UPS'],
          categoryTags: ['电源'],
          publish: true,
        }),
        make('camera', {
          zh: { title: '网络摄像机夜视模糊', question: '', answer: '清洁镜头罩，检查红外灯是否损坏；电源不足也会导致夜视模糊。' },
          productTags: ['网络摄像机'],
          categoryTags: ['安防监控'],
          publish: true,
        }),
        make('powerInAnswer', {
          zh: { title: '机柜散热', question: '', answer: '不间断电源放在机柜底部，注意散热。' },
          publish: true,
        }),
        make('draft', {
          zh: { title: '电源模块草稿', question: '', answer: '尚未审核的电源处理方法。' },
          en: { title: 'Power supply draft', question: '', answer: 'Not reviewed yet.' },
        }),
      ]),
    );
  });

  const found = async (query: string, extra: Partial<ApiInput<'knowledge.search'>> = {}) =>
    (await t.expectOk(agent, 'knowledge.search', { query, ...extra })).items.map((item) => item.id);

  it('finds a one-character and a two-character Chinese query anywhere in the text', async () => {
    expect(await found('铅')).toEqual([ids.ups]);
    expect(await found('夜视')).toEqual([ids.camera]);
    expect(await found('红外')).toEqual([ids.camera]);
  });

  it('finds English words by prefix, in any case, and tags', async () => {
    expect(await found('batt')).toEqual([ids.ups]);
    expect(await found('LEAD-ACID')).toEqual([ids.ups]);
    expect(await found('ups')).toContain(ids.ups);
    expect(await found('安防监控')).toEqual([ids.camera]);
  });

  it('ranks by the words a whole sentence shares with the articles when asked for any of them', async () => {
    const subject = '客户来电：网络摄像机晚上夜视画面很模糊怎么处理';
    expect(await found(subject)).toEqual([]);
    const [best] = (await t.expectOk(agent, 'knowledge.search', { query: subject, match: 'any' })).items;
    expect(best).toMatchObject({ id: ids.camera });
    expect(best!.snippet).toContain('夜视');
  });

  it('ranks a match in the title above one in the answer', async () => {
    const order = await found('不间断电源');
    expect(order.slice(0, 2)).toEqual([ids.ups, ids.powerInAnswer]);
  });

  it('hides drafts from agents answering calls unless asked, and then lists them after the published ones', async () => {
    expect(await found('电源')).not.toContain(ids.draft);
    const withDrafts = await found('电源', { includeDrafts: true });
    expect(withDrafts).toContain(ids.draft);
    const states = (await t.expectOk(agent, 'knowledge.search', { query: '电源', includeDrafts: true })).items.map((i) => i.state);
    expect(states.indexOf('draft')).toBeGreaterThan(0);
    expect(states.slice(states.indexOf('draft')).every((state) => state === 'draft')).toBe(true);
    expect(await found('reviewed')).toEqual([]);
    expect(await found('reviewed', { includeDrafts: true })).toEqual([ids.draft]);
  });

  it('needs every word, shows the title in the language asked for, and a snippet around the words', async () => {
    expect(await found('电池 夜视')).toEqual([]);
    const [hit] = (await t.expectOk(agent, 'knowledge.search', { query: 'five', language: 'en' })).items;
    expect(hit).toMatchObject({ id: ids.ups, title: 'UPS battery replacement interval', titleZh: '不间断电源电池更换周期' });
    expect(hit!.snippet).toContain('five');
    const [camera] = (await t.expectOk(agent, 'knowledge.search', { query: '红外', language: 'en' })).items;
    expect(camera!.title).toBe('网络摄像机夜视模糊');
    expect(camera!.snippet).toContain('红外灯');
    expect(await found('!!!')).toEqual([]);
    expect(await found('')).toEqual([]);
  });
});

describe('calls answered from an article', () => {
  it('count the uses and write the service log of the request', async () => {
    const published = await t.expectOk(supervisor, 'knowledge.create', article('录像回放卡顿', '降低回放码流或改用子码流。', { publish: true }));
    const request = await logCall(t, agent, { callerPhone: '13800138000', kind: 'consultation', subject: '录像回放卡顿' });
    expect(await t.expectOk(agent, 'knowledge.recordUse', { articleId: published.id, requestId: request.id })).toEqual({ useCount: 1 });
    const uses = await t.expectOk(agent, 'knowledge.usedBy', { articleId: published.id });
    expect(uses).toMatchObject({ total: 1, items: [{ requestId: request.id, requestNumber: request.number }] });
    const page = await t.expectOk(agent, 'requests.get', { id: request.id });
    expect(page.log.map((line) => line.kind)).toContain('knowledge.used');
    expect(page.log.find((line) => line.kind === 'knowledge.used')?.details).toMatchObject({ articleId: published.id, number: published.number });
    expect(await t.call(agent, 'knowledge.recordUse', { articleId: 999_999, requestId: request.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
