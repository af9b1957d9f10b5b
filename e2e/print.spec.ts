// Printing complaint forms and the complaint register, after foundation.spec.ts on the same server. Each step of two
// complaints is taken by the user of its role (one handled inside the center with a drawn signature, one transferred to
// the higher-level office); a supervisor opens the print previews, and the print routes are rendered to PDFs as
// Electron and the browser print them. pdftotext must find every field's label and value, the form must fit one A4
// page, a long register must run over pages with its header and page numbers on each, and PNGs of every page are kept
// in artifacts/print/ for review. Both languages.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, request as apiRequest, test, type APIRequestContext, type Page } from '@playwright/test';
import { SignInPage, switchLanguage } from './pages/AuthPages';
import { AppFrame } from './pages/AppFrame';
import { drawnSignature } from './pages/PrintPages';
import { missingPdfTools, pdfFonts, pdfImageCount, pdfPages, pdfPageSize, pdfText, pdfToPngs, squeeze } from './pages/pdf';
import { screenshot, type UiLanguage } from './pages/screenshots';
import { call } from './pages/api';

test.describe.configure({ mode: 'serial' });

const ADMIN = { username: 'admin', password: 'admin-pass-2026' };
const AGENT = { username: 'pr-agent', displayName: '刘芳', password: 'agent-pass-2026', roles: ['agent'] };
const SEAT = { username: 'pr-seat', displayName: '周强', password: 'seat-pass-2026', roles: ['seat_manager'] };
const INFO = { username: 'pr-info', displayName: '孙婷', password: 'info-pass-2026', roles: ['info_manager'] };
const DEPT = { username: 'pr-dept', displayName: '马建军', password: 'dept-pass-2026', roles: ['dept_manager'] };
const SUPERVISOR = { username: 'pr-super', displayName: '郑国栋', password: 'super-pass-2026', roles: ['supervisor'] };
const LANGUAGES: UiLanguage[] = ['zh-CN', 'en'];
const OUT = 'artifacts/print';
const ZONE = 'Asia/Shanghai';

const CUSTOMER = '杭州滨江智慧园区管理有限公司';
const INTERNAL = {
  complainant: '黄建华',
  contactPhone: '0571-8765 4321',
  content: '约定 11 月 18 日上午到场维修门禁主机，维修人员两次未按约定时间到场，也未提前电话告知。',
  result: '经核实属实：派工排班冲突未及时通知客户。已向客户致歉，调整派工排班，次日上午完成维修。',
  reply: '已电话告知黄先生处理结果并致歉，客户表示接受。',
};
const TRANSFER = {
  complainant: '林晓梅',
  contactPhone: '139 5712 0088',
  content: '保修期内更换硬盘录像机电源，被收取上门服务费 200 元，认为不合理，要求退还。',
  opinion: '经查，该设备保修条款含上门服务，收费有误。同意退还上门服务费 200 元，由财务于五个工作日内办理。',
  opinionBy: '省公司客服部 陈立',
  result: '上级单位同意退还上门服务费 200 元，财务办理中。',
  reply: '已告知林女士上门服务费将于五个工作日内退还。',
};
const LONG_CONTENT = `客户反映：${'园区三号楼监控系统自十月起多次出现录像丢失、画面卡顿和夜间无图像，报修后维修人员到场检查但未能彻底解决，'.repeat(24)}要求彻底解决并赔偿损失。`;
const MANY = 60;

interface Complaint {
  id: number;
  number: string;
  version: number;
  part1: Record<string, unknown> & { receivedAt: number; reviewedAt: number; routedAt: number; signedAt: number; resultAt: number; repliedAt: number; filedAt: number };
  part2: Record<string, unknown> & { sentAt: number | null; dueAt: number | null; cameBackAt: number | null };
  dueAt: number | null;
}

let page: Page;
const api: Partial<Record<'agent' | 'seat' | 'info' | 'dept' | 'supervisor', APIRequestContext>> = {};
let internal: Complaint;
let transfer: Complaint;
let filledOnly: Complaint;
let longOne: Complaint;
const allNumbers: string[] = [];
let today = '';
let afterSalesName = '';
let higherLevelName = '';
let signature = '';

const zh = JSON.parse(readFileSync('shared/i18n/locales/zh-CN/print.json', 'utf8')) as PrintTexts;
const en = JSON.parse(readFileSync('shared/i18n/locales/en/print.json', 'utf8')) as PrintTexts;
interface PrintTexts {
  form: Record<string, string>;
  register: { title: string; columns: Record<string, string>; pageNumber: string; totals: string };
}
const texts = (language: UiLanguage) => (language === 'zh-CN' ? zh : en);

/** A time as the print pages show it: YYYY-MM-DD HH:mm in the center's zone. */
const shown = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false })
    .format(new Date(ms))
    .replace(',', '');

/** A deadline as the print pages show it: the day it ends (deadlines end at the midnight that starts the next day). */
const shownDue = (ms: number) => {
  const at = shown(ms);
  return at.endsWith(' 00:00') ? shown(ms - 1).slice(0, 10) : at;
};


const step = (who: keyof typeof api, method: string, form: Complaint, input: Record<string, unknown> = {}) =>
  call<Complaint>(api[who]!, `complaints.${method}`, { id: form.id, version: form.version, ...input });

async function signInAs(user: { username: string; password: string; displayName: string }) {
  const frame = new AppFrame(page);
  // Wait until the app has decided what to show (signed in or not) before asking which it is.
  await expect(page.getByTestId('app-frame').or(page.getByTestId('sign-in-screen'))).toBeVisible();
  if (await page.getByTestId('app-frame').isVisible()) await frame.signOut();
  await new SignInPage(page).signIn(user.username, user.password);
  await frame.expectSignedIn(user.displayName);
}

/** Opens a print route as the signed-in user, waits for its ready signal, saves the PDF and its PNGs. */
async function printToPdf(route: string, name: string): Promise<{ file: string; pngs: string[] }> {
  await page.goto(`/#${route}`);
  await page.waitForFunction(() => document.body.dataset.printReady !== undefined, undefined, { timeout: 30_000 });
  expect(await page.evaluate(() => document.body.dataset.printReady), `${route} says it is ready`).toBe('true');
  const file = join(OUT, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  return { file, pngs: pdfToPngs(file) };
}

/** Every text is on the PDF (white space aside); the message names those that are not. */
function expectAllFound(file: string, wanted: string[], page?: number) {
  const text = squeeze(pdfText(file, page));
  const missing = wanted.filter((value) => value !== '' && !text.includes(squeeze(value)));
  expect(missing, `not found on ${file}${page ? ` page ${page}` : ''}`).toEqual([]);
}

test.beforeAll(async ({ browser, baseURL }) => {
  mkdirSync(OUT, { recursive: true });
  page = await browser.newPage();
  await page.goto('/');
  const admin = await apiRequest.newContext({ baseURL });
  await call(admin, 'auth.login', ADMIN);
  const departments = (await call<{ items: Array<{ id: number; name: string; kind: string }> }>(admin, 'departments.list', {})).items;
  const afterSales = departments.find((d) => d.name === '售后服务部')!;
  afterSalesName = afterSales.name;
  higherLevelName = departments.find((d) => d.kind === 'higher_level')!.name;
  for (const user of [AGENT, SEAT, INFO, SUPERVISOR]) await call(admin, 'users.create', { ...user, departmentId: null });
  await call(admin, 'users.create', { ...DEPT, departmentId: afterSales.id });
  await admin.dispose();
  const users = { agent: AGENT, seat: SEAT, info: INFO, dept: DEPT, supervisor: SUPERVISOR } as const;
  for (const [key, user] of Object.entries(users)) {
    const context = await apiRequest.newContext({ baseURL });
    await call(context, 'auth.login', { username: user.username, password: user.password });
    api[key as keyof typeof api] = context;
  }
  const agentId = (await call<{ id: number }>(api.agent!, 'auth.me', {})).id;
  const customer = await call<{ id: number }>(api.agent!, 'customers.create', {
    name: CUSTOMER,
    kind: 'organization',
    region: '杭州',
    contacts: [{ name: INTERNAL.complainant, phones: [INTERNAL.contactPhone] }],
  });
  const fill = ({ complainant, contactPhone, content }: { complainant: string; contactPhone: string; content: string }) =>
    call<Complaint>(api.agent!, 'complaints.create', { customerId: customer.id, complainant, contactPhone, content });

  // Inside the center: filled → reviewed → routed to the after-sales department → reply written → signed with a drawn
  // signature → an agent assigned → replied → filed. Each step by its role.
  signature = await drawnSignature(page);
  let form = await fill(INTERNAL);
  form = await step('seat', 'review', form);
  form = await step('info', 'route', form, { route: 'internal', departmentId: afterSales.id });
  form = await step('info', 'recordResult', form, { result: INTERNAL.result });
  form = await step('dept', 'sign', form, { signature });
  form = await step('seat', 'assignReply', form, { agentId });
  form = await step('agent', 'recordReply', form, { reply: INTERNAL.reply });
  internal = await step('info', 'file', form);

  // To the higher-level office: routed, signed (no drawing), part 2 sent, back with the unit's written opinion, the
  // result written on part 1, replied, filed.
  form = await fill(TRANSFER);
  form = await step('seat', 'review', form);
  form = await step('info', 'route', form, { route: 'transfer_higher_level' });
  form = await step('dept', 'sign', form);
  form = await step('info', 'send', form);
  form = await step('info', 'recordOpinion', form, { opinion: TRANSFER.opinion, opinionBy: TRANSFER.opinionBy });
  form = await step('info', 'recordResult', form, { result: TRANSFER.result });
  form = await step('seat', 'assignReply', form, { agentId });
  form = await step('agent', 'recordReply', form, { reply: TRANSFER.reply });
  transfer = await step('info', 'file', form);

  filledOnly = await fill({ complainant: '王磊', contactPhone: '138 0571 2233', content: '客服热线等待时间过长，接通后被转接三次。' });
  longOne = await fill({ complainant: '赵敏', contactPhone: '0571-8600 1122', content: LONG_CONTENT });
  // Enough forms for a register of several pages, some reviewed.
  for (let i = 1; i <= MANY; i += 1) {
    const created = await fill({ complainant: `客户联系人${i}`, contactPhone: `0571-8800 ${String(1000 + i)}`, content: `第 ${i} 号投诉：报修后 ${i % 5 + 1} 天无人联系。` });
    allNumbers.push(created.number);
    if (i % 4 === 0) await step('seat', 'review', created);
  }
  allNumbers.push(internal.number, transfer.number, filledOnly.number, longOne.number);
  today = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE }).format(new Date());
  await page.reload();
});

test.afterAll(async () => {
  for (const context of Object.values(api)) await context?.dispose();
  await page.close();
});

test('pdftotext and friends are installed (CI installs poppler-utils)', () => {
  expect(missingPdfTools(), 'the PDF checks need poppler-utils').toBeNull();
});

test('a user who is not a supervisor is told they may not print, on the preview and on the print route', async () => {
  await signInAs(AGENT);
  await page.goto(`/#/complaints/${internal.id}/print`);
  await expect(page.getByTestId('print-not-permitted')).toBeVisible();
  await expect(page.getByTestId('print-frame')).toHaveCount(0);
  await page.goto('/#/complaints/register');
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await expect(page.getByTestId('print-not-permitted')).toBeVisible();
    await screenshot(page, 'print-not-permitted', language);
  }
  await switchLanguage(page, 'zh-CN');
  await page.goto(`/#/print/complaint/${internal.id}?part=both&lang=zh-CN`);
  await expect(page.getByTestId('print-notice')).toBeVisible();
  expect(await page.evaluate(() => document.body.dataset.printReady)).toBe('error');
});

test('a supervisor previews a form: both parts or either, at paper size, with Print and Save as PDF', async () => {
  await page.goto('/');
  await signInAs(SUPERVISOR);
  await page.goto(`/#/complaints/${internal.id}/print`);
  const frame = page.getByTestId('print-frame');
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await expect(frame).toHaveAttribute('data-ready', 'ready', { timeout: 30_000 });
    await expect(page.getByTestId('print-browser-hint')).toBeVisible();
    const inside = page.frameLocator('[data-testid="print-frame"]');
    await expect(inside.getByTestId('print-part1')).toContainText(texts(language).form.part1!);
    await expect(inside.getByTestId('print-part2')).toContainText(texts(language).form.part2!);
    await expect(inside.getByTestId('print-cut-line')).toBeVisible();
    await screenshot(page, 'print-complaint-preview', language);
  }
  await switchLanguage(page, 'zh-CN');
  await page.getByTestId('print-part-part2').click();
  await expect(frame).toHaveAttribute('data-ready', 'ready', { timeout: 30_000 });
  const inside = page.frameLocator('[data-testid="print-frame"]');
  await expect(inside.getByTestId('print-part2')).toBeVisible();
  await expect(inside.getByTestId('print-part1')).toHaveCount(0);
  await screenshot(page, 'print-complaint-preview-part2', 'zh-CN');

  // In the browser both buttons open the iframe's print dialog (Save as PDF is a destination there).
  await page.evaluate(() => {
    const target = (document.querySelector('[data-testid="print-frame"]') as HTMLIFrameElement).contentWindow as Window & { printed?: number };
    target.printed = 0;
    target.print = () => {
      target.printed = (target.printed ?? 0) + 1;
    };
  });
  await page.getByTestId('print-button').click();
  await page.getByTestId('save-pdf-button').click();
  expect(await page.evaluate(() => ((document.querySelector('[data-testid="print-frame"]') as HTMLIFrameElement).contentWindow as Window & { printed?: number }).printed)).toBe(2);
});

test('a supervisor previews the register for this month, by unit and state', async () => {
  await page.goto('/#/complaints/register');
  const frame = page.getByTestId('print-frame');
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    await expect(frame).toHaveAttribute('data-ready', 'ready', { timeout: 30_000 });
    const inside = page.frameLocator('[data-testid="print-frame"]');
    await expect(inside.getByTestId('register-row').first()).toBeVisible();
    await expect(inside.getByTestId('print-register-totals')).toBeVisible();
    await screenshot(page, 'print-register-preview', language);
  }
  await switchLanguage(page, 'zh-CN');
  await page.getByTestId('register-state').click();
  await page.getByTestId('register-state-filed').click();
  await expect(frame).toHaveAttribute('data-ready', 'ready', { timeout: 30_000 });
  const inside = page.frameLocator('[data-testid="print-frame"]');
  // This month so far (other specs on the same server may have filed forms too: the count is the server's).
  const filedThisMonth = await call<{ rows: unknown[] }>(api.supervisor!, 'complaints.register', { from: `${today.slice(0, 8)}01`, to: today, state: 'filed' });
  expect(filedThisMonth.rows.length).toBeGreaterThanOrEqual(2);
  await expect(inside.getByTestId('register-row')).toHaveCount(filedThisMonth.rows.length);
  await screenshot(page, 'print-register-preview-filed', 'zh-CN');
});

test('the form of a complaint handled inside the center prints on one A4 page with every field, its signature and the cut line', async () => {
  for (const language of LANGUAGES) {
    const { file, pngs } = await printToPdf(`/print/complaint/${internal.id}?part=both&lang=${language}`, `complaint-internal-${language}`);
    expect(pdfPages(file)).toBe(1);
    const [width, height] = pdfPageSize(file);
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
    expect(pngs).toHaveLength(1);
    const f = texts(language).form;
    const p1 = internal.part1;
    expectAllFound(file, [
      f.title!, f.part1!, f.part2!, f.cutLine!, '华东售后服务中心', internal.number,
      f.complainant!, INTERNAL.complainant, f.contactPhone!, INTERNAL.contactPhone, f.receivedAt!, shown(p1.receivedAt),
      f.customer!, CUSTOMER, f.content!, INTERNAL.content,
      f.filledBy!, AGENT.displayName, f.reviewedBy!, SEAT.displayName, f.reviewedAt!, shown(p1.reviewedAt),
      f.routing!, f.routeInternal!, f.routeDepartment!, f.routeHigherLevel!,
      f.handlingUnit!, language === 'zh-CN' ? afterSalesName : '', f.routedBy!, INFO.displayName, f.routedAt!, shown(p1.routedAt),
      f.dueAt!, shownDue(internal.dueAt!), f.deadline!, language === 'zh-CN' ? '按期' : 'Met',
      f.signature!, f.signedBy!, DEPT.displayName, f.signedAt!, shown(p1.signedAt),
      f.result!, INTERNAL.result, f.resultBy!, f.resultAt!, shown(p1.resultAt),
      f.reply!, INTERNAL.reply, f.repliedBy!, f.repliedAt!, shown(p1.repliedAt),
      f.filed!, f.filedBy!, f.filedAt!, shown(p1.filedAt),
      f.transferUnit!, f.sentAt!, f.sentBy!, f.opinion!, f.opinionBy!, f.cameBackAt!, f.recordedBy!,
    ]);
    // The drawn signature is on the page as an image; the Chinese is in the bundled font, not a system one.
    expect(pdfImageCount(file)).toBeGreaterThanOrEqual(1);
    const fonts = pdfFonts(file);
    expect(fonts.some((font) => /NotoSansSC/i.test(font)), fonts.join(', ')).toBe(true);
    expect(fonts.filter((font) => /WenQuanYi|wqy|DejaVu|Liberation/i.test(font))).toEqual([]);
  }
});

test('the form of a complaint transferred to the higher-level office prints part 2 with the unit, dates and written opinion', async () => {
  for (const language of LANGUAGES) {
    const { file } = await printToPdf(`/print/complaint/${transfer.id}?part=both&lang=${language}`, `complaint-transfer-${language}`);
    expect(pdfPages(file)).toBe(1);
    const f = texts(language).form;
    const p1 = transfer.part1;
    const p2 = transfer.part2;
    expectAllFound(file, [
      f.part1!, f.part2!, transfer.number, TRANSFER.complainant, TRANSFER.contactPhone, TRANSFER.content,
      f.transferUnit!, language === 'zh-CN' ? higherLevelName : '', f.routedAt!, shown(p1.routedAt),
      f.signedBy!, DEPT.displayName, shown(p1.signedAt),
      f.sentAt!, shown(p2.sentAt!), f.sentBy!, f.dueAt!, shownDue(p2.dueAt!),
      f.opinion!, TRANSFER.opinion, f.opinionBy!, TRANSFER.opinionBy, f.cameBackAt!, shown(p2.cameBackAt!), f.recordedBy!, INFO.displayName,
      f.result!, TRANSFER.result, f.reply!, TRANSFER.reply, f.filedAt!, shown(p1.filedAt),
    ]);
  }
  // Either part alone.
  const part1 = await printToPdf(`/print/complaint/${transfer.id}?part=part1&lang=zh-CN`, 'complaint-transfer-part1-zh-CN');
  const part2 = await printToPdf(`/print/complaint/${transfer.id}?part=part2&lang=zh-CN`, 'complaint-transfer-part2-zh-CN');
  expect(pdfPages(part1.file)).toBe(1);
  expect(pdfPages(part2.file)).toBe(1);
  const text1 = squeeze(pdfText(part1.file));
  const text2 = squeeze(pdfText(part2.file));
  expect(text1).toContain(zh.form.part1);
  expect(text1).not.toContain(zh.form.part2);
  expect(text1).not.toContain(zh.form.cutLine);
  expect(text2).toContain(zh.form.part2);
  expect(text2).toContain(squeeze(TRANSFER.opinion));
  expect(text2).not.toContain(zh.form.part1);
});

test('a form not handled yet prints with empty boxes, and a very long complaint still fits one page', async () => {
  const fresh = await printToPdf(`/print/complaint/${filledOnly.id}?part=both&lang=zh-CN`, 'complaint-filled-zh-CN');
  expect(pdfPages(fresh.file)).toBe(1);
  expectAllFound(fresh.file, [filledOnly.number, '王磊', zh.form.signature!, zh.form.result!, zh.form.opinion!, zh.form.blankDate!]);
  expect(pdfImageCount(fresh.file)).toBe(0);

  const long = await printToPdf(`/print/complaint/${longOne.id}?part=both&lang=zh-CN`, 'complaint-long-zh-CN');
  expect(pdfPages(long.file)).toBe(1);
  const text = squeeze(pdfText(long.file));
  // Shortened in its box, saying so and how long the whole text is.
  expect(text).toContain(squeeze(zh.form.truncated!.replace('{{count}}', String([...LONG_CONTENT].length))));
  expect(text).toContain(squeeze(LONG_CONTENT.slice(0, 40)));
});

test('the register runs over several pages, with its header and page numbers on each, every complaint and the totals', async () => {
  for (const language of LANGUAGES) {
    const { file, pngs } = await printToPdf(`/print/complaint-register?from=${today}&to=${today}&lang=${language}`, `register-${language}`);
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(1);
    expect(pngs).toHaveLength(pages);
    const [width, height] = pdfPageSize(file);
    expect(width).toBeGreaterThan(height);
    const r = texts(language).register;
    for (let n = 1; n <= pages; n += 1) {
      expectAllFound(
        file,
        [...Object.values(r.columns), r.pageNumber.replace('{{page}}', String(n)).replace('{{pages}}', String(pages))],
        n,
      );
    }
    expectAllFound(file, [r.title, '华东售后服务中心', ...allNumbers]);
    const last = squeeze(pdfText(file, pages));
    const totals = squeeze(r.totals).split('{{count}}')[0]!;
    expect(last).toContain(totals);
  }
  // The register's Chinese texts: a filed complaint's routing, unit, deadline met, and the count in the totals.
  // Other specs on the same server may have filed forms today too: the count is the server's.
  const filedToday = await call<{ totals: { count: number } }>(api.supervisor!, 'complaints.register', { from: today, to: today, state: 'filed' });
  const filed = await printToPdf(`/print/complaint-register?from=${today}&to=${today}&state=filed&lang=zh-CN`, 'register-filed-zh-CN');
  expect(pdfPages(filed.file)).toBe(1);
  expectAllFound(filed.file, [
    internal.number,
    transfer.number,
    '本中心处理',
    '转上级单位',
    afterSalesName,
    higherLevelName,
    '按期',
    `合计：共 ${filedToday.totals.count} 件`,
    '第 1 页 / 共 1 页',
  ]);
});
