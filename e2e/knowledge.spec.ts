// The knowledge base, difficult questions and suggestions end to end, after foundation.spec.ts on the same server: an
// agent finds articles by one or two Chinese characters and by English words; opens a difficult question for a caller
// the knowledge base could not answer; the engineering department records its answer; the agent replies to the
// customer and writes an article from the answer, which closes the question; a supervisor publishes the article and
// the agent then finds it. A suggestion is recorded, forwarded, answered and closed. Every screen in both languages.
import { expect, request, test, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { call } from './pages/api';
import { apiCall } from './pages/CustomersPages';
import { ArticleEditor, KnowledgeScreen, QuestionPageScreen, QuestionsScreen, SuggestionsScreen } from './pages/KnowledgePages';
import { screenshot, type UiLanguage } from './pages/screenshots';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const AGENT = { username: 'kb-agent', displayName: '陈晓红', password: 'agent-pass-2026', roles: ['agent'] };
const ENGINEER = { username: 'kb-engineer', displayName: '韩志强', password: 'engineer-pass-2026', roles: ['dept_manager'] };
const CLERK = { username: 'kb-clerk', displayName: '孟晓燕', password: 'clerk-pass-2026', roles: ['inventory_clerk'] };
const SUPERVISOR = { username: 'kb-supervisor', displayName: '吴国华', password: 'super-pass-2026', roles: ['supervisor'] };
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];

const HOSPITAL = '宁波市鄞州区第二医院';
const QUESTION = '门诊楼的 UPS 能否与消防系统联动，火警时自动切断输出？';
const ANSWER = '可以联动：在 UPS 上加装 EPO 紧急关机模块，接入消防控制柜的干接点信号；火警时 UPS 切断输出，恢复需人工复位。';

let page: Page;
let questionNumber = '';
let articleNumber = '';

async function signInAs(user: { username: string; password: string; displayName: string }) {
  const frame = new AppFrame(page);
  if (await page.getByTestId('app-frame').isVisible()) await frame.signOut();
  await new SignInPage(page).signIn(user.username, user.password);
  await frame.expectSignedIn(user.displayName);
}

async function bothLanguages(name: string, check?: (language: UiLanguage) => Promise<void>) {
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    if (check) await check(language);
    await screenshot(page, name, language);
  }
  await switchLanguage(page, 'zh-CN');
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await page.goto('/');
  await apiCall(page, 'auth.login', ADMIN);
  const departments = await apiCall<{ items: Array<{ id: number; name: string }> }>(page, 'departments.list', {});
  const engineering = departments.items.find((d) => d.name === '工程部')!.id;
  const materials = departments.items.find((d) => d.name === '物资部')!.id;
  await apiCall(page, 'users.create', { ...AGENT, departmentId: null });
  await apiCall(page, 'users.create', { ...ENGINEER, departmentId: engineering });
  await apiCall(page, 'users.create', { ...CLERK, departmentId: materials });
  await apiCall(page, 'users.create', { ...SUPERVISOR, departmentId: null });
  await apiCall(page, 'auth.logout', {});
  // What the knowledge base already knows, written and published by the supervisor.
  await apiCall(page, 'auth.login', { username: SUPERVISOR.username, password: SUPERVISOR.password });
  for (const article of [
    {
      zh: { title: 'UPS 电池更换周期', question: 'UPS 电池多久需要更换？', answer: '阀控式铅酸蓄电池一般 3 至 5 年更换；环境温度每升高 10℃，寿命约减半。' },
      en: { title: 'UPS battery replacement interval', question: 'How often are UPS batteries replaced?', answer: 'Valve-regulated lead-acid batteries last three to five years.' },
      productTags: ['UPS'],
      categoryTags: ['电源'],
    },
    {
      zh: { title: '网络摄像机夜视画面模糊', question: '', answer: '清洁镜头罩，检查红外灯；供电不足时红外灯亮度下降也会导致夜视模糊。' },
      productTags: ['网络摄像机'],
      categoryTags: ['安防监控'],
    },
    {
      zh: { title: '精密空调高压告警', question: '机房空调报高压告警怎么办？', answer: '检查室外机冷凝器是否脏堵、风机是否运转；清洗后按复位键。' },
      en: { title: 'Precision air conditioner high-pressure alarm', question: '', answer: 'Check the outdoor condenser for dirt and the fan; clean it and press reset.' },
      productTags: ['精密空调'],
      categoryTags: ['空调'],
    },
  ]) {
    await apiCall(page, 'knowledge.create', { ...article, publish: true });
  }
  await apiCall(page, 'auth.logout', {});
  await apiCall(page, 'auth.login', { username: AGENT.username, password: AGENT.password });
  await apiCall(page, 'customers.create', {
    name: HOSPITAL,
    kind: 'organization',
    region: '宁波',
    contacts: [{ name: '郑伟', title: '设备科', phones: ['0574-8801 2345'] }],
  });
  await apiCall(page, 'auth.logout', {});
  await page.reload();
  await signInAs(AGENT);
});

test.afterAll(async () => {
  await page.close();
});

test('an agent finds articles by one or two Chinese characters and by the start of an English word', async () => {
  const knowledge = new KnowledgeScreen(page);
  await knowledge.open();
  await knowledge.type('铅');
  await expect(knowledge.results().getByRole('option')).toHaveCount(1);
  await expect(knowledge.results()).toContainText('UPS 电池更换周期');
  await knowledge.type('夜视');
  await expect(knowledge.results().getByRole('option')).toHaveCount(1);
  await expect(knowledge.preview()).toContainText('红外灯');
  await knowledge.type('condens');
  await expect(knowledge.results()).toContainText('精密空调高压告警');
  await knowledge.type('电');
  await expect(knowledge.results().getByRole('option')).toHaveCount(2);
  await bothLanguages('knowledge-search', async (language) => {
    await expect(knowledge.preview().getByTestId('article-title')).toHaveText(language === 'en' ? 'UPS battery replacement interval' : 'UPS 电池更换周期');
  });
  // Nothing found says so.
  await knowledge.type('消防联动');
  await expect(page.getByTestId('knowledge-empty')).toBeVisible();
});

test('an agent opens a difficult question the knowledge base could not answer', async () => {
  const questions = new QuestionsScreen(page);
  await questions.open();
  // The dialog in English first (then cancelled), then filled in and saved in Chinese.
  for (const language of ['en', 'zh-CN'] as const) {
    await switchLanguage(page, language);
    await page.getByTestId('question-create').click();
    await expect(questions.dialog()).toBeVisible();
    await page.getByTestId('question-text').fill(QUESTION);
    await questions.chooseDepartment('question-department', language === 'en' ? /Engineering/ : /工程部/);
    await page.getByTestId('question-caller-name').fill('郑伟');
    await page.getByTestId('question-caller-phone').fill('0574-8801 2345');
    await page.getByTestId('record-customer-search').pressSequentially('鄞州', { delay: 30 });
    await page.getByRole('option', { name: new RegExp(HOSPITAL) }).click();
    await expect(page.getByTestId('picked-customer')).toContainText(HOSPITAL);
    await page.getByTestId('question-reason').fill('需工程部查阅原设计图纸');
    if (language === 'zh-CN') {
      // The reply time promised to the caller: a picker in the center's time zone, typed section by section.
      await page.getByTestId('question-promised').getByRole('spinbutton').first().click();
      await page.keyboard.type('203103141700');
    }
    await screenshot(page, 'questions-create-dialog', language);
    if (language === 'en') {
      // Closing a filled dialog asks first; discarding closes it.
      await page.keyboard.press('Escape');
      await page.getByTestId('unsaved-discard').click();
    }
    await expect(questions.dialog()).toHaveCount(language === 'en' ? 0 : 1);
  }
  await page.getByTestId('question-save').click();

  const record = new QuestionPageScreen(page);
  await expect(record.root()).toBeVisible();
  await expect(record.state()).toHaveText('待部门答复');
  questionNumber = (await page.getByTestId('page-title').textContent())!.replace(/^.*?(YN-\d{8}-\d{4}).*$/, '$1');
  expect(questionNumber).toMatch(/^YN-\d{8}-\d{4}$/);
  await expect(page.getByTestId('question-promised')).toContainText('2031-03-14 17:00');
  // Due in 1 working day; shown, not late.
  await expect(page.getByTestId('question-due')).toBeVisible();
  await expect(page.getByTestId('overdue-chip')).toHaveCount(0);
  // The agent cannot close it yet, nor answer for Engineering: the department records its answer.
  await expect(record.action('close')).toHaveCount(0);
  await expect(record.action('reply')).toHaveCount(0);
  await expect(record.action('answer')).toHaveCount(0);
  await bothLanguages('question-open', async (language) => {
    await expect(record.state()).toHaveText(language === 'en' ? 'Awaiting answer' : '待部门答复');
  });

  await questions.open();
  await expect(questions.row(questionNumber)).toBeVisible();
  await bothLanguages('questions-list');
});

test('the inventory clerk, of the materials department, reads a question addressed to Engineering but is not offered its answer', async () => {
  await signInAs(CLERK);
  const questions = new QuestionsScreen(page);
  await questions.open();
  await questions.row(questionNumber).getByRole('link').click();
  const record = new QuestionPageScreen(page);
  await expect(record.root()).toBeVisible();
  await expect(record.state()).toHaveText('待部门答复');
  await expect(page.getByTestId('question-asked')).toContainText('UPS');
  await expect(record.action('answer')).toHaveCount(0);
  // Nor does the back end take it from him.
  const id = Number(/#\/questions\/(\d+)/.exec(page.url())![1]);
  const opened = await apiCall<{ version: number }>(page, 'questions.get', { id });
  const refused = await page.request.post('/api/questions.answer', { data: { id, version: opened.version, answer: '库管员代答' } });
  expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'questions.notYourDepartment' } });
  await bothLanguages('question-not-for-clerk');
});

test('the engineering department records its answer', async () => {
  await signInAs(ENGINEER);
  const questions = new QuestionsScreen(page);
  await questions.open();
  await questions.row(questionNumber).getByRole('link').click();
  const record = new QuestionPageScreen(page);
  await expect(record.root()).toBeVisible();
  // The department answers; it neither replies to the customer nor writes articles.
  await expect(page.getByTestId('question-create-article')).toHaveCount(0);
  await record.step('answer', 'answer-dialog', ANSWER);
  await expect(record.state()).toHaveText('部门已答复');
  await expect(page.getByTestId('question-answer')).toContainText('EPO');
});

test('the agent replies to the customer, writes an article from the answer, and the question closes', async () => {
  await signInAs(AGENT);
  await page.goto(`/#/questions`);
  const questions = new QuestionsScreen(page);
  await expect(questions.row(questionNumber)).toBeVisible();
  await questions.row(questionNumber).getByRole('link').click();
  const record = new QuestionPageScreen(page);
  await record.step('reply', 'reply-dialog', '已回电郑工：可加装 EPO 模块与消防联动，工程部可上门实施。');
  await expect(record.state()).toHaveText('已答复客户');
  // Closing needs an article from the answer first.
  await expect(record.action('close')).toBeDisabled();
  await bothLanguages('question-replied');

  await page.getByTestId('question-create-article').click();
  const editor = new ArticleEditor(page);
  await expect(editor.root()).toBeVisible();
  await expect(page.getByTestId('editor-from-question')).toContainText(questionNumber);
  await expect(editor.field('zh', 'question')).toHaveValue(QUESTION);
  await expect(editor.field('zh', 'answer')).toHaveValue(ANSWER);
  await editor.field('zh', 'title').fill('UPS 与消防系统联动断电（EPO）');
  await editor.field('en', 'title').fill('UPS shutdown on fire alarm (EPO)');
  await editor.field('en', 'answer').fill('Yes: fit an EPO module to the UPS and wire it to the fire panel dry contact; reset by hand afterwards.');
  await editor.addTag('product', 'UPS');
  await editor.addTag('category', '消防联动');
  // An agent proposes drafts; publishing is for the seat manager, information manager and supervisor.
  await expect(page.getByTestId('article-save-publish')).toHaveCount(0);
  await bothLanguages('article-editor');
  await page.getByTestId('article-save-draft').click();

  await expect(record.root()).toBeVisible();
  await expect(page.getByTestId('notice')).toContainText('已关闭');
  await expect(record.state()).toHaveText('已关闭');
  await expect(page.getByTestId('question-article')).toContainText('UPS 与消防系统联动断电');
  articleNumber = (await page.getByTestId('question-article').getByRole('link').textContent())!.split(' · ')[0]!;
  expect(articleNumber).toMatch(/^ZS-\d{6}$/);
  await bothLanguages('question-closed', async (language) => {
    await expect(record.state()).toHaveText(language === 'en' ? 'Closed' : '已关闭');
  });
});

test('a supervisor publishes the new article and the agents then find it', async () => {
  // A draft is not what agents answer calls from.
  const knowledge = new KnowledgeScreen(page);
  await knowledge.open();
  await knowledge.type('消防');
  await expect(page.getByTestId('knowledge-empty')).toBeVisible();
  await page.getByTestId('knowledge-include-drafts').check();
  await expect(knowledge.result(articleNumber)).toBeVisible();

  await signInAs(SUPERVISOR);
  await knowledge.open();
  await page.getByTestId(`knowledge-state-draft`).click();
  await knowledge.result(articleNumber).click();
  await page.getByTestId('article-open').click();
  await expect(page.getByTestId('article-page')).toBeVisible();
  await page.getByTestId('article-publish').click();
  await expect(page.getByTestId('article-state').first()).toHaveText('已发布');
  await expect(page.getByTestId('history-published')).toBeVisible();
  await page.getByTestId('history-show-1').click();
  await expect(page.getByTestId('history-revision')).toContainText('EPO');
  await bothLanguages('article-page', async (language) => {
    await expect(page.getByTestId('page-title')).toHaveText(language === 'en' ? 'UPS shutdown on fire alarm (EPO)' : 'UPS 与消防系统联动断电（EPO）');
  });

  await signInAs(AGENT);
  await knowledge.open();
  await knowledge.type('消防');
  await expect(knowledge.result(articleNumber)).toBeVisible();
  await knowledge.type('EPO');
  await expect(knowledge.result(articleNumber)).toBeVisible();
  await expect(knowledge.preview()).toContainText('干接点');
});

test('a question can be closed with an existing article updated from its answer, chosen in the knowledge picker', async () => {
  await apiCall(page, 'auth.login', { username: AGENT.username, password: AGENT.password });
  const departments = await apiCall<{ items: Array<{ id: number; name: string }> }>(page, 'departments.list', {});
  const opened = await apiCall<{ id: number; version: number; number: string }>(page, 'questions.create', {
    question: '摄像机夜间画面偏红是什么原因？',
    departmentId: departments.items.find((d) => d.name === '技术支持组')!.id,
  });
  // Technical Support's answer, recorded by the supervisor (who answers for any department) in a session of its own,
  // so that the agent's screen is never signed out under it; then told by the agent.
  const supervisor = await request.newContext({ baseURL: test.info().project.use.baseURL });
  await call(supervisor, 'auth.login', { username: SUPERVISOR.username, password: SUPERVISOR.password });
  const answered = await call<{ version: number }>(supervisor, 'questions.answer', { id: opened.id, version: opened.version, answer: '红外滤光片切换器卡住，需在设备菜单中切换日夜模式或更换滤光片组件。' });
  await supervisor.dispose();
  await apiCall(page, 'questions.reply', { id: opened.id, version: answered.version, reply: '已告知客户。' });
  await page.goto(`/#/questions/${opened.id}`);
  // The screen starts from the agent's session as it is now (the API sign-in above replaced the one it had).
  await page.reload();
  const record = new QuestionPageScreen(page);
  await expect(record.state()).toHaveText('已答复客户');
  const picker = page.getByTestId('knowledge-picker');
  for (const language of ['en', 'zh-CN'] as const) {
    await switchLanguage(page, language);
    await page.getByTestId('question-update-article').click();
    await expect(picker).toBeVisible();
    // It starts from the question's words, matched by any of them.
    await expect(picker.getByTestId('article-results')).toContainText('网络摄像机夜视画面模糊');
    await expect(picker.getByTestId('knowledge-picker-preview')).toContainText('红外灯');
    await screenshot(page, 'knowledge-picker', language);
    if (language === 'en') {
      // Escape first clears the search box, then closes the dialog.
      await page.keyboard.press('Escape');
      await expect(picker.getByTestId('knowledge-picker-search')).toHaveValue('');
      await page.keyboard.press('Escape');
      await expect(picker).toHaveCount(0);
    }
  }
  await picker.getByTestId('knowledge-picker-use').click();
  const editor = new ArticleEditor(page);
  await expect(editor.root()).toBeVisible();
  await page.getByTestId('editor-append-answer').click();
  await expect(editor.field('zh', 'answer')).toHaveValue(/红外滤光片切换器卡住/);
  await page.getByTestId('article-save-draft').click();
  await expect(record.state()).toHaveText('已关闭');
  await expect(page.getByTestId('question-article')).toContainText('网络摄像机夜视画面模糊');
});

test('a suggestion is recorded, forwarded, answered by the department and closed', async () => {
  const suggestions = new SuggestionsScreen(page);
  await suggestions.open();
  for (const language of ['en', 'zh-CN'] as const) {
    await switchLanguage(page, language);
    await page.getByTestId('suggestion-create').click();
    await expect(suggestions.dialog()).toBeVisible();
    await page.getByTestId('suggestion-content').fill('建议工程师上门前一小时短信告知预计到达时间。');
    await page.getByTestId('suggestion-caller-name').fill('郑伟');
    await page.getByTestId('suggestion-department').click();
    await page.getByRole('option', { name: language === 'en' ? /Engineering/ : /工程部/ }).click();
    await screenshot(page, 'suggestions-create-dialog', language);
    if (language === 'en') {
      await page.keyboard.press('Escape');
      await page.getByTestId('unsaved-discard').click();
      await expect(suggestions.dialog()).toHaveCount(0);
    }
  }
  await page.getByTestId('suggestion-save').click();
  await expect(page.getByTestId('suggestion-page')).toBeVisible();
  await expect(page.getByTestId('suggestion-state')).toHaveText('已转部门');
  await expect(page.getByTestId('suggestion-due')).toBeVisible();
  const number = (await page.getByTestId('page-title').textContent())!.replace(/^.*?(JY-\d{8}-\d{4}).*$/, '$1');

  await signInAs(ENGINEER);
  await page.goto('/#/suggestions');
  await suggestions.row(number).getByRole('link').click();
  await page.getByTestId('suggestion-action-answer').click();
  await page.getByTestId('suggestion-answer-dialog-text').fill('采纳：下月起派工单生成时自动向客户发送预计到达时间短信。');
  await page.getByTestId('suggestion-answer-dialog-save').click();
  await expect(page.getByTestId('suggestion-state')).toHaveText('部门已答复');
  // The department answers; telling the customer and closing is the hotline's.
  await expect(page.getByTestId('suggestion-action-close')).toHaveCount(0);

  await signInAs(AGENT);
  await page.goto('/#/suggestions');
  await expect(suggestions.row(number)).toBeVisible();
  await bothLanguages('suggestions-list');
  await suggestions.row(number).getByRole('link').click();
  await page.getByTestId('suggestion-action-close').click();
  await expect(page.getByTestId('suggestion-close-dialog-text')).toHaveValue(/自动向客户发送/);
  await page.getByTestId('suggestion-close-dialog-save').click();
  await expect(page.getByTestId('suggestion-state')).toHaveText('已关闭');
  await bothLanguages('suggestion-closed', async (language) => {
    await expect(page.getByTestId('suggestion-state')).toHaveText(language === 'en' ? 'Closed' : '已关闭');
  });
});
