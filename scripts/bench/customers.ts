// Bench of the customer search at the issue's scale (100,000 customers, 300,000 equipment, 1,000,000 timeline events):
// bilingual data generated with plain SQL in one transaction, the search index rebuilt, then every query kind
// measured through invoke('customers.search') and as the raw function, and the caller look-up by phone prefix.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend';
import type { SessionContext } from '../../electron/backend/features/auth/sessions';
import { sealAllRows } from '../../electron/backend/features/audit/seals';
import type { Db } from '../../electron/backend/db/connection';
import { DatabaseHost } from '../../electron/backend/db/host';
import { documentsOf } from '../../electron/backend/features/documents/repository';
import { equipmentOf } from '../../electron/backend/features/equipment/repository';
import { findCustomer, sitesOf } from '../../electron/backend/features/customers/repository';
import { listTimeline } from '../../electron/backend/features/customers/timeline';
import { nameOrder } from '../../electron/backend/lib/name-order';
import { pinyinReadings, rebuildCustomerSearch } from '../../electron/backend/features/customers/search-index';
import { lookupPhonePrefix, searchCustomers } from '../../electron/backend/features/customers/search';
import type { AuditVerification } from '../../shared/api/audit';
import { normalizePhone } from '../../shared/customers/phones';
import { codeKey, nameKey } from '../../shared/customers/text';
import { measure, Random, writeReport, type Comparison, type Timing } from './harness';

export interface CustomersScale {
  customers: number;
  equipment: number;
  events: number;
}

// Word lists for names people actually give their organisations and children.
const PROVINCES = ['北京', '上海', '天津', '重庆', '广东', '江苏', '浙江', '山东', '河南', '四川', '湖北', '湖南', '福建', '安徽', '河北', '陕西', '辽宁', '云南', '广西', '山西'];
const CITIES = ['北京', '上海', '广州', '深圳', '天津', '重庆', '成都', '武汉', '西安', '南京', '杭州', '长沙', '郑州', '济南', '沈阳', '哈尔滨', '苏州', '无锡', '宁波', '合肥', '福州', '厦门', '昆明', '贵阳', '南宁', '太原', '石家庄', '兰州', '银川', '乌鲁木齐', '青岛', '大连', '东莞', '佛山', '温州', '常州', '徐州', '洛阳', '绵阳', '宜昌'];
const DISTRICTS = ['海淀区', '朝阳区', '浦东新区', '天河区', '南山区', '武侯区', '江汉区', '雁塔区', '鼓楼区', '西湖区', '岳麓区', '金水区', '历下区', '和平区', '南岗区', '工业园区', '滨湖区', '鄞州区', '蜀山区', '思明区'];
const CORES = ['华信', '恒通', '中科', '天成', '宏达', '鑫源', '瑞丰', '安泰', '金桥', '永盛', '博远', '嘉禾', '海康', '联创', '新锐', '东方', '长城', '星辰', '锦程', '汇丰', '众诚', '同创', '盛世', '宇航', '明德', '正大', '凯旋', '百川', '远景', '启航', '华为', '中兴', '大华', '宇视', '浪潮', '曙光', '紫光', '神州', '方正', '同方'];
const INDUSTRIES = ['科技', '电子', '安防', '通信', '信息技术', '智能', '网络', '工程', '物业管理', '医疗器械', '电力', '建设', '数据', '软件', '系统集成', '实业', '交通设施', '消防设备'];
const COMPANY_ENDINGS = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司', '分公司', '研究所', '工程处'];
const INSTITUTIONS = ['人民医院', '中医院', '第一中学', '实验小学', '交通运输局', '公安局', '人民银行', '供电公司', '自来水公司', '大学', '图书馆', '体育中心', '人民法院', '税务局', '地铁运营公司', '机场'];
const BRANDS = ['ABB', 'IBM', 'TCL', 'HP', 'SONY', 'Bosch', 'Axis', 'Dahua'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡', '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '单', '解', '区', '仇', '欧阳', '司马', '诸葛', '上官'];
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红国建文德志晓春海燕宏斌鹏飞俊峰浩宇婷雪琳欣怡子涵梓轩一诺思远嘉乐';
const TITLES = ['经理', '主任', '科长', '工程师', '采购', '保卫处长', '信息中心主任', '技术员', ''];
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '166', '176', '177', '180', '181', '182', '185', '186', '187', '188', '189', '191', '199'];
const AREA_CODES = ['010', '021', '022', '023', '020', '0755', '028', '027', '029', '025', '0571', '0731', '0371', '0531', '024', '0451', '0512', '0510', '0574', '0551'];
const MODEL_FAMILIES = ['DS-7608N-K2', 'DS-7616N-E4', 'DS-7732N-K4', 'DS-2CD3T46WDV3-I3', 'DS-2CD2347G2-LU', 'DS-2DE4425IW-DE', 'DS-K1T671M', 'DS-KIS603-P', 'iDS-7216HQHI-M1/S', 'iDS-2CD7A46G0-IZHS', 'DH-NVR4216-4KS2', 'DH-IPC-HFW2431S', 'DH-SD49225XA-HNR', 'DH-ASI7213X', 'IPC2124LB-SF28', 'NVR302-16E2', 'TL-IPC44AW', 'AS-6000', 'JB-QB-GST200', 'KB-880'];
const MODEL_SUFFIXES = ['', '(C)', '(B)', '/4G', '-W', '(2.8mm)', '(4mm)', '-P', '/16P'];
const CATEGORIES = ['硬盘录像机', '网络摄像机', '球机', '门禁一体机', '可视对讲', '报警主机', '消防报警控制器'];
const EVENT_KINDS = ['customer.created', 'equipment.added', 'warranty.renewed', 'document.added', 'request.created', 'request.closed', 'visit.done'];


function organisationName(r: Random): string {
  const roll = r.next();
  if (roll < 0.55) {
    return `${r.pick(CITIES)}${r.pick(CORES)}${r.pick(INDUSTRIES)}${r.pick(COMPANY_ENDINGS)}`;
  }
  if (roll < 0.7) return `${r.pick(CITIES)}市${r.pick(DISTRICTS)}${r.pick(INSTITUTIONS)}`;
  if (roll < 0.82) return `${r.pick(PROVINCES)}省${r.pick(INSTITUTIONS)}`.replace(/^(北京|上海|天津|重庆)省/, '$1市');
  if (roll < 0.92) return `${r.pick(CORES)}${r.pick(INDUSTRIES)}(${r.pick(CITIES)})${r.pick(COMPANY_ENDINGS)}`;
  return `${r.pick(BRANDS)}${r.pick(INDUSTRIES)}(${r.pick(CITIES)})${r.pick(COMPANY_ENDINGS)}`;
}

function personName(r: Random): string {
  return r.pick(SURNAMES) + GIVEN[r.int(GIVEN.length)]! + (r.chance(0.7) ? GIVEN[r.int(GIVEN.length)]! : '');
}

/** A mobile or landline number as people type them; the stored form is normalised from it. */
function typedPhone(r: Random): string {
  if (r.chance(0.7)) {
    const n = r.pick(MOBILE_PREFIXES) + r.digits(8);
    switch (r.int(5)) {
      case 0:
        return `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
      case 1:
        return `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`;
      case 2:
        return `+86 ${n}`;
      default:
        return n;
    }
  }
  const area = r.pick(AREA_CODES);
  const local = String(2 + r.int(7)) + r.digits(area.length === 3 ? 7 : 6);
  switch (r.int(4)) {
    case 0:
      return `(${area}) ${local.slice(0, 4)}-${local.slice(4)}`;
    case 1:
      return `${area} ${local}`;
    case 2:
      return `${area}-${local}${r.chance(0.3) ? `-${r.digits(3)}` : ''}`;
    default:
      return `${area}${local}`;
  }
}

function isoDate(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

export interface Samples {
  names: string[];
  kinds: string[];
  phones: string[];
  serials: string[];
  models: string[];
}

/** Writes the data set with plain SQL in one transaction; returns what the queries are drawn from. */
export function generate(db: Db, scale: CustomersScale): Samples {
  const r = new Random(20261122);
  const now = Date.UTC(2026, 10, 22);
  const samples: Samples = { names: [], kinds: [], phones: [], serials: [], models: [] };
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.transaction(() => {
    const insertModel = db.prepare(
      'INSERT INTO product_models (model, model_key, product_name, category, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const modelIds: number[] = [];
    const seenModels = new Set<string>();
    for (const family of MODEL_FAMILIES) {
      for (const suffix of MODEL_SUFFIXES) {
        const model = family + suffix;
        if (seenModels.has(codeKey(model))) continue;
        seenModels.add(codeKey(model));
        const status = r.chance(0.1) ? 'discontinued' : r.chance(0.1) ? 'upgraded' : 'current';
        modelIds.push(Number(insertModel.run(model, codeKey(model), model.split('-')[0], r.pick(CATEGORIES), status, now, now).lastInsertRowid));
        samples.models.push(model);
      }
    }

    const insertCustomer = db.prepare(
      `INSERT INTO customers (id, code, name, name_key, name_order, kind, address, region, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertContact = db.prepare('INSERT INTO contacts (customer_id, name, title, email, position) VALUES (?, ?, ?, ?, ?)');
    const insertPhone = db.prepare(
      'INSERT INTO phones (contact_id, customer_id, number, normalized, position) VALUES (?, ?, ?, ?, ?)',
    );
    const insertSite = db.prepare(
      'INSERT INTO sites (customer_id, name, address, region, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const siteOf: number[] = [0];
    for (let id = 1; id <= scale.customers; id++) {
      const individual = r.chance(0.3);
      const name = individual ? personName(r) : organisationName(r);
      const city = r.pick(CITIES);
      const created = now - r.int(5 * 365) * 86_400_000;
      const kind = individual ? 'individual' : 'organization';
      insertCustomer.run(id, `KH-${String(id).padStart(6, '0')}`, name, nameKey(name), nameOrder(name, kind), kind,
        `${city}${r.pick(DISTRICTS)}${1 + r.int(300)}号`, city, r.chance(0.04) ? 0 : 1, created, created);
      samples.names.push(name);
      samples.kinds.push(individual ? 'individual' : 'organization');
      siteOf.push(individual ? 0 : Number(insertSite.run(id, `${name.slice(0, 6)}主楼`, `${city}${r.pick(DISTRICTS)}`, city, created, created).lastInsertRowid));
      const contacts = individual ? 1 : 1 + r.int(3);
      for (let c = 0; c < contacts; c++) {
        const person = individual && c === 0 ? name : personName(r);
        const handle = pinyinReadings(person, 'individual')[0]!.join('');
        const contactId = Number(insertContact.run(id, person, r.pick(TITLES), `${handle}${r.int(1000)}@${r.pick(['163.com', 'qq.com', 'sina.com'])}`, c).lastInsertRowid);
        const phones = 1 + (r.chance(0.4) ? 1 : 0);
        for (let p = 0; p < phones; p++) {
          const typed = typedPhone(r);
          insertPhone.run(contactId, id, typed, normalizePhone(typed), p);
          if (r.chance(0.05)) samples.phones.push(typed);
        }
      }
    }

    const insertEquipment = db.prepare(
      `INSERT INTO equipment (customer_id, site_id, model_id, serial_number, serial_key, category, install_date, acceptance_date,
         warranty_start, warranty_end, lifecycle, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const day0 = Math.floor(Date.UTC(2019, 0, 1) / 86_400_000);
    for (let i = 0; i < scale.equipment; i++) {
      // Most customers have one to three pieces; a few large ones have many.
      const customerId = r.chance(0.05) ? 1 + r.int(Math.max(1, Math.floor(scale.customers / 100))) : 1 + r.int(scale.customers);
      const modelIndex = r.int(modelIds.length);
      // Distinct for every i (an odd multiplier is a bijection mod 2^32), looking random.
      const serial = `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i >> 5) % 26))}${String(Math.imul(i + 1, 2654435761) >>> 0).padStart(10, '0')}`;
      const install = day0 + r.int(7 * 365);
      const start = install + r.int(30);
      insertEquipment.run(customerId, siteOf[customerId] || null, modelIds[modelIndex], serial, codeKey(serial), CATEGORIES[modelIndex % CATEGORIES.length],
        isoDate(install), isoDate(install + r.int(20)), isoDate(start), isoDate(start + 365 * (1 + r.int(5))),
        r.chance(0.95) ? 'in_service' : r.pick(['at_factory', 'replaced', 'scrapped']), now, now);
      if (r.chance(0.002)) samples.serials.push(serial);
    }

    // The repair archive, in SQL: customers and equipment spread over the events, newest last.
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO timeline_events (customer_id, equipment_id, at, kind, actor_id, details)
       SELECT 1 + (i * 7919) % ?, CASE WHEN i % 3 = 0 THEN NULL ELSE 1 + (i * 104729) % ? END,
              ? - (? - i) * 60000, json_extract(?, '$[' || (i % 7) || ']'), 1, json_object('n', i, '备注', '基准数据')
       FROM n`,
    ).run(scale.events, scale.customers, Math.max(1, scale.equipment), now, scale.events, JSON.stringify(EVENT_KINDS));
  })();
  db.pragma('synchronous = FULL');
  return samples;
}

interface QueryKind {
  operation: string;
  queries: string[];
  goalMs: number;
}

function substringOf(r: Random, name: string, length: number): string {
  const chars = [...name].filter((ch) => /\p{Script=Han}/u.test(ch));
  if (chars.length <= length) return chars.join('');
  const start = r.int(chars.length - length + 1);
  return chars.slice(start, start + length).join('');
}

function queryKinds(samples: Samples, customers: number): QueryKind[] {
  const r = new Random(7);
  const many = <T>(n: number, make: () => T | null): T[] => {
    const out: T[] = [];
    for (let guard = 0; out.length < n && guard < n * 20; guard++) {
      const value = make();
      if (value !== null) out.push(value);
    }
    return out;
  };
  const name = () => samples.names[r.int(samples.names.length)]!;
  const reading = () => {
    const i = r.int(samples.names.length);
    return pinyinReadings(samples.names[i]!, samples.kinds[i]!)[0]!;
  };
  const digitsOf = (typed: string) => normalizePhone(typed);
  return [
    { operation: '1-char Chinese', queries: many(200, () => substringOf(r, name(), 1) || null), goalMs: 20 },
    { operation: '2-char Chinese', queries: many(200, () => substringOf(r, name(), 2) || null), goalMs: 20 },
    { operation: 'longer Chinese (3-6 chars)', queries: many(200, () => substringOf(r, name(), 3 + r.int(4)) || null), goalMs: 20 },
    {
      operation: 'pinyin (run of 1-3 syllables)',
      queries: many(200, () => {
        const s = reading();
        const start = r.int(s.length);
        return s.slice(start, start + 1 + r.int(3)).join('') || null;
      }),
      goalMs: 20,
    },
    {
      operation: 'pinyin initials (2-5)',
      queries: many(200, () => {
        const s = reading();
        const start = r.int(Math.max(1, s.length - 2));
        const run = s.slice(start, start + 2 + r.int(4)).map((x) => x[0]).join('');
        return run.length >= 2 ? run : null;
      }),
      goalMs: 20,
    },
    { operation: 'code (KH-000123 / 123)', queries: many(200, () => (r.chance(0.5) ? `KH-${String(1 + r.int(customers)).padStart(6, '0')}` : String(1 + r.int(customers)))), goalMs: 20 },
    {
      operation: 'phone digit run (4-8 digits)',
      queries: many(200, () => {
        const d = digitsOf(samples.phones[r.int(samples.phones.length)]!);
        const len = 4 + r.int(5);
        const start = r.int(Math.max(1, d.length - len + 1));
        return d.slice(start, start + len);
      }),
      goalMs: 20,
    },
    {
      operation: 'full phone (as typed, other format)',
      queries: many(200, () => {
        const d = digitsOf(samples.phones[r.int(samples.phones.length)]!);
        return r.chance(0.5) ? `+86 ${d}` : d.length === 11 ? `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}` : `0${d}`;
      }),
      goalMs: 20,
    },
    { operation: 'serial (exact)', queries: many(200, () => samples.serials[r.int(samples.serials.length)]!), goalMs: 20 },
    { operation: 'serial (prefix, 6 chars)', queries: many(200, () => samples.serials[r.int(samples.serials.length)]!.slice(0, 6)), goalMs: 20 },
    { operation: 'model (prefix)', queries: many(200, () => samples.models[r.int(samples.models.length)]!.slice(0, 5 + r.int(4))), goalMs: 20 },
  ];
}

export interface CustomersBenchResult {
  rows: Comparison[];
  generation: { dataSeconds: number; indexSeconds: number; phoneSuffixes: number; databaseMiB: number };
  audit: AuditBench;
}

/** Sealing every record (as an upgrade does once) and audit.verify at this scale, with searches answered meanwhile. */
interface AuditBench {
  sealedRecords: number;
  sealSeconds: number;
  verifySeconds: number;
  checkedRecords: number;
  valid: boolean;
  searchesDuringVerify: number;
  searchDuringVerifyP95Ms: number;
  searchDuringVerifyMaxMs: number;
}

async function benchAudit(backend: Backend, session: SessionContext, db: Db, queries: readonly string[]): Promise<AuditBench> {
  let t0 = performance.now();
  const sealedRecords = db.transaction(() => sealAllRows(db, backend.services.audit.key))();
  const sealSeconds = (performance.now() - t0) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  t0 = performance.now();
  let done = false;
  const verifying = backend.invoke(session, 'audit.verify', {}).finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  for (let i = 0; !done; i += 1) {
    const s0 = performance.now();
    await backend.invoke(session, 'customers.search', { query: queries[i % queries.length]!, limit: 20 });
    latencies.push(performance.now() - s0);
    await new Promise((resolve) => setTimeout(resolve, 20)); // an agent typing, not a loop that starves the check
  }
  const result = await verifying;
  const verifySeconds = (performance.now() - t0) / 1000;
  if (!result.ok) throw new Error(result.error.message);
  const verification = result.value as AuditVerification;
  latencies.sort((a, b) => a - b);
  return {
    sealedRecords,
    sealSeconds,
    verifySeconds,
    checkedRecords: verification.checkedRecords,
    valid: verification.valid,
    searchesDuringVerify: latencies.length,
    searchDuringVerifyP95Ms: latencies[Math.max(0, Math.ceil(latencies.length * 0.95) - 1)] ?? 0,
    searchDuringVerifyMaxMs: latencies.at(-1) ?? 0,
  };
}

export async function benchCustomers(scale: CustomersScale): Promise<CustomersBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-bench-customers-'));
  const backend = createBackend({ dataDir, background: false, passwordCostLog2: 10 });
  const session = backend.newSession();
  try {
    const setup = await backend.invoke(session, 'auth.setup', {
      centerName: '基准测试售后服务中心 Bench Center',
      username: 'admin',
      displayName: '管理员 Admin',
      password: 'bench-password-1',
    });
    if (!setup.ok) throw new Error(setup.error.message);

    const host = new DatabaseHost(backend.databaseFile, {});
    const db = host.open();
    let t0 = performance.now();
    const samples = generate(db, scale);
    const dataSeconds = (performance.now() - t0) / 1000;
    console.log(`generated ${scale.customers} customers, ${scale.equipment} equipment, ${scale.events} events in ${dataSeconds.toFixed(1)} s`);
    t0 = performance.now();
    const built = rebuildCustomerSearch(db);
    const indexSeconds = (performance.now() - t0) / 1000;
    console.log(`search index: ${built.customers} customers, ${built.phoneSuffixes} phone suffixes in ${indexSeconds.toFixed(1)} s`);
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pageCount = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;

    const rows: Comparison[] = [];
    const add = (operation: string, invoke: Timing, raw: Timing, goalMs: number) =>
      rows.push({ operation, invoke, raw, ratio: invoke.p95 / raw.p95, goal: `invoke p95 ≤ ${goalMs} ms`, met: invoke.p95 <= goalMs });
    const options = { limit: 20, includeInactive: false };
    const pageRandom = new Random(20261201);

    for (const kind of queryKinds(samples, scale.customers)) {
      const queries = kind.queries;
      const iterations = 400;
      const raw = await measure(iterations, (i) => searchCustomers(db, queries[i % queries.length]!, options));
      const invoke = await measure(iterations, async (i) => {
        const result = await backend.invoke(session, 'customers.search', { query: queries[i % queries.length]!, limit: 20 });
        if (!result.ok) throw new Error(result.error.message);
      });
      add(`search: ${kind.operation}`, invoke, raw, kind.goalMs);
      console.log(`${kind.operation}: invoke p95 ${invoke.p95.toFixed(2)} ms, raw p95 ${raw.p95.toFixed(2)} ms`);
    }

    // A caller's number typed digit by digit: every prefix of 4 digits or more of a stored number.
    const typing: string[] = [];
    for (const typed of samples.phones.slice(0, 200)) {
      const d = normalizePhone(typed);
      for (let n = 4; n <= d.length; n++) typing.push(d.slice(0, n));
    }
    const lookupRaw = await measure(1000, (i) => lookupPhonePrefix(db, typing[i % typing.length]!, 10));
    const lookupInvoke = await measure(1000, async (i) => {
      const result = await backend.invoke(session, 'customers.search', { query: typing[i % typing.length]!, limit: 10 });
      if (!result.ok) throw new Error(result.error.message);
    });
    add('phone-prefix look-up (typing a number; raw = lookupPhonePrefix)', lookupInvoke, lookupRaw, 5);

    // A customer's page: the customer with contacts and phones, sites, equipment, documents, newest 50 events.
    const pageIds = Array.from({ length: 1000 }, () => 1 + pageRandom.int(scale.customers));
    const today = new Date().toISOString().slice(0, 10);
    const pageRaw = await measure(1000, (i) => {
      const id = pageIds[i % pageIds.length]!;
      findCustomer(db, id);
      sitesOf(db, id);
      equipmentOf(db, id, today);
      documentsOf(db, id);
      listTimeline(db, { customerId: id }, null, 50);
    });
    const pageInvoke = await measure(1000, async (i) => {
      const result = await backend.invoke(session, 'customers.get', { id: pageIds[i % pageIds.length]! });
      if (!result.ok) throw new Error(result.error.message);
    });
    add("a customer's page (customers.get; raw = the same repository reads)", pageInvoke, pageRaw, 10);
    console.log(`customer page: invoke p95 ${pageInvoke.p95.toFixed(2)} ms, raw p95 ${pageRaw.p95.toFixed(2)} ms`);

    const audit = await benchAudit(backend, session, db, queryKinds(samples, scale.customers)[0]!.queries);
    console.log(`audit: sealed ${audit.sealedRecords} records in ${audit.sealSeconds.toFixed(1)} s; verify ${audit.verifySeconds.toFixed(1)} s, valid ${audit.valid}`);
    host.close();
    return { rows, generation: { dataSeconds, indexSeconds, phoneSuffixes: built.phoneSuffixes, databaseMiB: (pageCount * pageSize) / 2 ** 20 }, audit };
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runCustomersBench(scale: CustomersScale): Promise<string> {
  const { rows, generation, audit } = await benchCustomers(scale);
  const title = "Customer search (every query kind) and a customer's page, through invoke and as the raw function";
  let markdown = writeReport('customers', title, { ...scale }, rows);
  const notes = [
    '',
    `Data generation (plain SQL, one transaction): ${generation.dataSeconds.toFixed(1)} s; search index rebuild ` +
      `(rebuildCustomerSearch): ${generation.indexSeconds.toFixed(1)} s, ${generation.phoneSuffixes.toLocaleString('en')} phone suffixes; ` +
      `database ${generation.databaseMiB.toFixed(0)} MiB.`,
    'Queries are drawn from the generated data (substrings of names, syllable runs, digit runs of stored numbers, serials, ' +
      'model prefixes), limit 20, active customers only. "raw" is searchCustomers (lookupPhonePrefix for the look-up row) on a second connection.',
    '',
    `Audit seals: sealing all ${audit.sealedRecords.toLocaleString('en')} records (once, as an upgrade does) ${audit.sealSeconds.toFixed(1)} s; ` +
      `audit.verify of the chain and ${audit.checkedRecords.toLocaleString('en')} records ${audit.verifySeconds.toFixed(1)} s (valid: ${audit.valid}); ` +
      `${audit.searchesDuringVerify} searches meanwhile (one every 20 ms): p95 ${audit.searchDuringVerifyP95Ms.toFixed(1)} ms, ` +
      `max ${audit.searchDuringVerifyMaxMs.toFixed(1)} ms.`,
    '',
  ].join('\n');
  markdown += notes;
  writeFileSync(join('bench-results', 'customers.md'), markdown);
  const json = JSON.parse(readFileSync(join('bench-results', 'customers.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join('bench-results', 'customers.json'), JSON.stringify({ ...json, generation, audit }, null, 2));
  return markdown;
}
