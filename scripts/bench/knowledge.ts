// Bench of the knowledge base at the issue's scale (5,000 articles, bilingual, 80 % published, a few revisions each),
// with 5,000 difficult questions and 5,000 suggestions: article search by every query kind, an article's page, and the
// lists of questions and suggestions (all and overdue), measured through invoke as an agent and as the raw function.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend';
import type { Db } from '../../electron/backend/db/connection';
import { DatabaseHost } from '../../electron/backend/db/host';
import { addArticles, type BulkArticle } from '../../electron/backend/features/knowledge/bulk';
import { articleHistory, findArticle } from '../../electron/backend/features/knowledge/repository';
import { rebuildArticleSearch, searchArticles } from '../../electron/backend/features/knowledge/search';
import { listQuestions } from '../../electron/backend/features/questions/repository';
import { listSuggestions } from '../../electron/backend/features/suggestions/repository';
import { measure, Random, writeReport, type Comparison, type Timing } from './harness';

export interface KnowledgeScale {
  articles: number;
}

// Products and what goes wrong with them, in both languages, as the center's articles are written.
const PRODUCTS: Array<[zh: string, en: string, tag: string]> = [
  ['网络硬盘录像机', 'network video recorder', '硬盘录像机'],
  ['网络摄像机', 'IP camera', '网络摄像机'],
  ['高清球机', 'PTZ dome camera', '球机'],
  ['门禁一体机', 'access control terminal', '门禁'],
  ['可视对讲室内机', 'video intercom indoor unit', '可视对讲'],
  ['报警主机', 'alarm control panel', '报警主机'],
  ['不间断电源', 'UPS', 'UPS'],
  ['蓄电池组', 'battery string', 'UPS'],
  ['精密空调', 'precision air conditioner', '空调'],
  ['新风机组', 'fresh-air unit', '空调'],
  ['核心交换机', 'core switch', '网络设备'],
  ['接入交换机', 'access switch', '网络设备'],
  ['无线控制器', 'wireless controller', '网络设备'],
  ['防火墙', 'firewall', '网络设备'],
  ['存储服务器', 'storage server', '服务器'],
  ['解码器', 'video decoder', '安防监控'],
  ['拼接屏', 'video wall display', '显示设备'],
  ['消防报警控制器', 'fire alarm controller', '消防'],
  ['光端机', 'fiber optic transceiver', '网络设备'],
  ['配电柜', 'power distribution cabinet', '电源'],
];
const ISSUES: Array<[zh: string, en: string, answerZh: string, answerEn: string]> = [
  ['无法开机', 'does not power on', '检查电源适配器输出电压与插座，确认电源指示灯；仍不亮则报修更换电源模块。', 'Check the adapter output and the socket, then the power LED; if it stays dark, report a fault to replace the power module.'],
  ['频繁重启', 'keeps restarting', '查看设备日志中的重启原因，检查供电是否稳定、温度是否过高，升级到最新固件。', 'Read the restart reason in the log, check the power supply and temperature, and upgrade to the latest firmware.'],
  ['画面模糊', 'blurred picture', '清洁镜头或防护罩，重新调焦，检查码流与分辨率设置。', 'Clean the lens or housing, refocus, and check the stream and resolution settings.'],
  ['夜视效果差', 'poor night vision', '检查红外灯是否损坏，避免镜头前有反光物，切换日夜模式。', 'Check the infrared LEDs, remove reflective objects in front of the lens, switch day/night mode.'],
  ['告警声持续鸣响', 'keeps beeping', '查看面板告警代码，市电中断或电池低电量都会鸣响；按消音键后排查原因。', 'Read the alarm code on the panel; mains failure or low battery both beep; silence it and find the cause.'],
  ['网络不通', 'no network connection', '检查网线与端口指示灯，确认 IP 地址与网关设置，必要时恢复出厂设置。', 'Check the cable and port LEDs, the IP address and gateway; restore factory settings if needed.'],
  ['端口灯不亮', 'port LED off', '更换网线测试，检查对端设备端口是否启用，查看端口是否被管理关闭。', 'Try another cable, check the far-end port is enabled and the port is not shut down administratively.'],
  ['无法远程登录', 'cannot log in remotely', '确认账号未被锁定，检查客户端版本与端口映射，重置密码需携带证明到现场办理。', 'Check the account is not locked, the client version and port forwarding; password resets are done on site with proof.'],
  ['录像丢失', 'recordings missing', '检查硬盘状态与录像计划，查看存储是否已满被覆盖，必要时报修检测硬盘。', 'Check the disk status and recording schedule, whether storage was full and overwritten; report a fault to test the disk.'],
  ['硬盘报错', 'disk error', '在磁盘管理中查看硬盘健康状态，更换前先备份重要录像。', 'Check disk health in disk management and back up important footage before replacing it.'],
  ['高压报警', 'high-pressure alarm', '检查室外机冷凝器是否脏堵、风机是否运转，清洗后复位。', 'Check the outdoor condenser for dirt and the fan, clean it and reset.'],
  ['制冷效果差', 'poor cooling', '清洗过滤网，检查回风温度设定与冷媒压力，必要时补充冷媒。', 'Clean the filters, check the return-air set point and refrigerant pressure; recharge if needed.'],
  ['电池续航时间短', 'short battery backup time', '电池一般 3 至 5 年更换，进行放电测试确认容量，老化电池成组更换。', 'Batteries last three to five years; run a discharge test and replace aged batteries as a string.'],
  ['读卡无反应', 'card reader does not respond', '确认卡片已授权，检查读卡器供电与韦根线序。', 'Check the card is authorised, the reader power and the Wiegand wiring.'],
  ['固件升级失败', 'firmware upgrade fails', '确认固件型号匹配，升级过程中不要断电，失败后使用恢复模式重新升级。', 'Check the firmware matches the model, do not cut power during the upgrade, and use recovery mode after a failure.'],
  ['时间不同步', 'clock out of sync', '开启 NTP 校时并确认服务器地址可达，检查时区设置。', 'Enable NTP and check the server is reachable and the time zone is right.'],
  ['风扇故障告警', 'fan failure alarm', '检查风扇是否被异物卡住，清理灰尘；风扇损坏需更换备件。', 'Check the fan for obstructions and dust; replace a broken fan with a spare.'],
  ['误报警', 'false alarms', '调整探测器灵敏度与布防区域，检查线路是否松动。', 'Adjust detector sensitivity and zones, and check the wiring for loose contacts.'],
  ['显示黑屏', 'black screen', '检查信号线与输入源选择，确认解码器输出正常。', 'Check the signal cable and input source, and that the decoder outputs a signal.'],
  ['保修与续保', 'warranty and renewal', '保修期自验收合格之日起计算，到期前 30 天可办理续保。', 'The warranty runs from the acceptance date; renewal is possible from 30 days before it ends.'],
];
const SITES = ['机房', '门诊楼', '监控中心', '地下车库', '办公楼', '数据中心', '变电所', '教学楼'];

function articleAt(r: Random, i: number): BulkArticle {
  const [productZh, productEn, tag] = PRODUCTS[i % PRODUCTS.length]!;
  const [issueZh, issueEn, answerZh, answerEn] = ISSUES[Math.floor(i / PRODUCTS.length) % ISSUES.length]!;
  const site = r.pick(SITES);
  const model = `M${100 + (i % 900)}`;
  const bilingual = r.next() < 0.6;
  return {
    zh: {
      title: `${productZh}${issueZh}（${model}）`,
      question: `${site}的${productZh}${issueZh}，怎么处理？`,
      answer: `${answerZh}型号 ${model} 适用；第 ${i} 号条目。`,
    },
    en: bilingual ? { title: `${productEn} ${issueEn} (${model})`, question: `The ${productEn} ${issueEn}: what to do?`, answer: `${answerEn} Applies to model ${model}; article ${i}.` } : null,
    productTags: [tag],
    categoryTags: [r.next() < 0.5 ? '故障处理' : '使用咨询'],
    published: r.next() < 0.8,
  };
}

interface QueryKind {
  operation: string;
  queries: string[];
  input?: { includeDrafts?: boolean; match?: 'any' };
}

function queryKinds(r: Random): QueryKind[] {
  const many = (n: number, make: () => string) => Array.from({ length: n }, make);
  const chinese = () => {
    const [productZh] = r.pick(PRODUCTS);
    const [issueZh] = r.pick(ISSUES);
    return productZh + issueZh;
  };
  const run = (text: string, length: number) => {
    const chars = [...text];
    const start = r.int(Math.max(1, chars.length - length + 1));
    return chars.slice(start, start + length).join('');
  };
  const englishWord = () => {
    const words = `${r.pick(PRODUCTS)[1]} ${r.pick(ISSUES)[1]}`.split(/\W+/).filter((w) => w.length >= 4);
    const word = r.pick(words);
    return word.slice(0, 3 + r.int(Math.max(1, word.length - 2)));
  };
  return [
    { operation: '1-char Chinese', queries: many(200, () => run(chinese(), 1)) },
    { operation: '2-char Chinese', queries: many(200, () => run(chinese(), 2)) },
    { operation: 'longer Chinese (3-6 chars)', queries: many(200, () => run(chinese(), 3 + r.int(4))) },
    { operation: 'English word prefix', queries: many(200, englishWord) },
    { operation: 'two words (Chinese + English)', queries: many(200, () => `${run(chinese(), 2)} ${englishWord()}`) },
    { operation: '2-char Chinese, drafts too', queries: many(200, () => run(chinese(), 2)), input: { includeDrafts: true } },
    {
      operation: "a request's subject, any of its words",
      queries: many(200, () => `客户来电：${r.pick(SITES)}的${chinese()}，设备型号不详，请尽快处理`),
      input: { match: 'any' },
    },
  ];
}

function seedRecords(db: Db, count: number, now: number): void {
  const departments = (db.prepare("SELECT id FROM departments WHERE kind = 'department'").all() as { id: number }[]).map((d) => d.id);
  const r = new Random(99);
  db.transaction(() => {
    const question = db.prepare(
      `INSERT INTO difficult_questions (number, state, question, reply_promised_at, department_id, due_at, opened_at, answer, answered_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const suggestion = db.prepare(
      `INSERT INTO suggestions (number, state, channel, content, recorded_at, department_id, due_at, created_at, updated_at)
       VALUES (?, ?, 'hotline', ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < count; i++) {
      const at = now - (count - i) * 1_800_000;
      // Old records are closed; the newest few hundred are still open, some of them late.
      const open = i > count - 400;
      const state = open ? (r.next() < 0.5 ? 'open' : 'answered') : 'replied';
      question.run(`YN-B-${i}`, state, `${r.pick(PRODUCTS)[0]}${r.pick(ISSUES)[0]}？`, at + 86_400_000, r.pick(departments), at + 86_400_000, at, state === 'open' ? '' : '答复', state === 'open' ? null : at, at, at);
      suggestion.run(`JY-B-${i}`, open ? 'forwarded' : 'closed', `建议 ${i}`, at, r.pick(departments), at + 5 * 86_400_000, at, at);
    }
  })();
}

export interface KnowledgeBenchResult {
  rows: Comparison[];
  generation: { seconds: number; databaseMiB: number };
}

export async function benchKnowledge(scale: KnowledgeScale): Promise<KnowledgeBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-knowledge-'));
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  const admin = backend.newSession();
  const session = backend.newSession();
  const ok = async (result: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const settled = await result;
    if (!settled.ok) throw new Error(settled.error?.message);
  };
  try {
    await ok(backend.invoke(admin, 'auth.setup', { centerName: '基准测试售后服务中心 Bench Center', username: 'admin', displayName: '管理员 Admin', password: 'bench-password-1' }));
    await ok(backend.invoke(admin, 'users.create', { username: 'agent', displayName: '话务员 Agent', password: 'bench-password-1', roles: ['agent'] }));
    await ok(backend.invoke(session, 'auth.login', { username: 'agent', password: 'bench-password-1' }));

    const host = new DatabaseHost(backend.databaseFile, {});
    const db = host.open();
    const t0 = performance.now();
    const r = new Random(20261201);
    const now = Date.now();
    const ids = addArticles(db, Array.from({ length: scale.articles }, (_, i) => articleAt(r, i)), 1, now - scale.articles * 60_000);
    seedRecords(db, scale.articles, now);
    rebuildArticleSearch(db);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`generated ${scale.articles} articles, ${scale.articles} questions and ${scale.articles} suggestions in ${seconds.toFixed(1)} s`);
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const databaseMiB = ((db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number)) / 2 ** 20;

    const rows: Comparison[] = [];
    const add = (operation: string, invoke: Timing, raw: Timing, goalMs: number) =>
      rows.push({ operation, invoke, raw, ratio: invoke.p95 / raw.p95, goal: `invoke p95 ≤ ${goalMs} ms`, met: invoke.p95 <= goalMs });
    const iterations = 400;

    for (const kind of queryKinds(new Random(7))) {
      const { queries } = kind;
      const options = { limit: 20, includeDrafts: kind.input?.includeDrafts ?? false, language: 'zh-CN' as const, match: kind.input?.match ?? ('all' as const) };
      const raw = await measure(iterations, (i) => searchArticles(db, queries[i % queries.length]!, options));
      const invoke = await measure(iterations, async (i) => {
        await ok(backend.invoke(session, 'knowledge.search', { query: queries[i % queries.length]!, limit: 20, ...kind.input }));
      });
      add(`search: ${kind.operation}`, invoke, raw, 20);
      console.log(`${kind.operation}: invoke p95 ${invoke.p95.toFixed(2)} ms, raw p95 ${raw.p95.toFixed(2)} ms`);
    }

    const pick = new Random(5);
    const pageIds = Array.from({ length: 500 }, () => ids[pick.int(ids.length)]!);
    const pageRaw = await measure(iterations, (i) => {
      findArticle(db, pageIds[i % pageIds.length]!);
      articleHistory(db, pageIds[i % pageIds.length]!);
    });
    const pageInvoke = await measure(iterations, async (i) => {
      await ok(backend.invoke(session, 'knowledge.get', { id: pageIds[i % pageIds.length]! }));
      await ok(backend.invoke(session, 'knowledge.history', { id: pageIds[i % pageIds.length]! }));
    });
    add("an article's page (knowledge.get + knowledge.history)", pageInvoke, pageRaw, 10);

    for (const overdue of [false, true]) {
      const label = overdue ? 'overdue' : 'newest first';
      const qRaw = await measure(iterations, () => listQuestions(db, { overdue }, null, 51, Date.now()));
      const qInvoke = await measure(iterations, async () => ok(backend.invoke(session, 'questions.list', { overdue, limit: 50 })));
      add(`difficult questions list (${label}, 50 rows)`, qInvoke, qRaw, 20);
      const sRaw = await measure(iterations, () => listSuggestions(db, { overdue }, null, 51, Date.now()));
      const sInvoke = await measure(iterations, async () => ok(backend.invoke(session, 'suggestions.list', { overdue, limit: 50 })));
      add(`suggestions list (${label}, 50 rows)`, sInvoke, sRaw, 20);
    }

    host.close();
    return { rows, generation: { seconds, databaseMiB } };
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runKnowledgeBench(scale: KnowledgeScale): Promise<string> {
  const { rows, generation } = await benchKnowledge(scale);
  const title = 'Knowledge-base search (every query kind), an article page, and the lists of difficult questions and suggestions';
  let markdown = writeReport('knowledge', title, { ...scale, questions: scale.articles, suggestions: scale.articles }, rows);
  markdown += [
    '',
    `Data: ${scale.articles.toLocaleString('en')} articles (60 % with an English text too, 80 % published), as many questions ` +
      `and suggestions; generated in ${generation.seconds.toFixed(1)} s; database ${generation.databaseMiB.toFixed(0)} MiB.`,
    'Searches as an agent (published articles unless "drafts too"), limit 20, queries drawn from the generated words. ' +
      '"raw" is the same repository function on a second connection.',
    '',
  ].join('\n');
  writeFileSync(join('bench-results', 'knowledge.md'), markdown);
  const json = JSON.parse(readFileSync(join('bench-results', 'knowledge.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join('bench-results', 'knowledge.json'), JSON.stringify({ ...json, generation }, null, 2));
  return markdown;
}
