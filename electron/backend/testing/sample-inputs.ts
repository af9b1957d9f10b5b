// One valid input for every API method. The mapped type makes the type check fail when a method of the contract has
// no sample, and sample-inputs.test.ts fails at run time for the same reason.
import type Database from 'better-sqlite3';
import type { ApiInput, MethodName } from '../../../shared/api';
import type { SessionContext } from '../features/auth/sessions';
import { USER_PASSWORD, type TestBackend } from './fixture';
import { DOMAIN_SAMPLES, DOMAIN_SAMPLE_INPUTS } from './samples';
import { callsAs } from './samples/types';

/** What a sample needs to know about the database it is sent to. */
export interface SampleContext {
  /** A number that differs between calls, for names that must be unique. */
  seq: number;
  /** A user other than the caller, and the version last read. */
  userId: number;
  userVersion: number;
  departmentId: number;
  departmentVersion: number;
  settingsVersion: number;
  /** A backup to restore; a well-formed name of a backup that does not exist unless a test made one. */
  backupId: string;
  /** The public id of a session of the sample user open on this back end, for `sessions.end`. */
  sessionId: string;
  /** An account `auth.login` signs in to. */
  loginUsername: string;
  loginPassword: string;
  /** The caller's own password, for `auth.changePassword` (which sets it to the same value again). */
  ownPassword: string;
  /** A customer with a contact, a site, equipment and a document; and a second one to merge it into. */
  customerId: number;
  customerVersion: number;
  otherCustomerId: number;
  otherCustomerVersion: number;
  siteId: number;
  siteVersion: number;
  equipmentId: number;
  equipmentVersion: number;
  modelId: number;
  modelVersion: number;
  documentId: number;
  /** The records of later domains' samples, by `<domain>.<what>` (see samples/types.ts). */
  refs: Record<string, number | string>;
}

export const MISSING_BACKUP_ID = 'aftersales-20000101-000000-000-manual.sqlite';

export type SampleInputs = { [M in MethodName]: (ctx: SampleContext) => ApiInput<M> };

export const SAMPLE_INPUTS: SampleInputs = {
  ...DOMAIN_SAMPLE_INPUTS,
  'auth.status': () => ({}),
  'auth.setup': (c) => ({
    centerName: '华南区售后服务中心',
    username: `setup.${c.seq}`,
    displayName: '钱进',
    password: 'setup-pass-2026',
  }),
  'auth.login': (c) => ({ username: c.loginUsername, password: c.loginPassword }),
  'auth.logout': () => ({}),
  'auth.me': () => ({}),
  'auth.changePassword': (c) => ({ currentPassword: c.ownPassword, newPassword: c.ownPassword }),
  'auth.setLanguage': () => ({ language: 'en' }),
  'users.list': () => ({ includeInactive: true }),
  'users.directory': () => ({ role: 'agent' }),
  'users.create': (c) => ({
    username: `sample.${c.seq}`,
    displayName: `样例用户 ${c.seq}`,
    password: 'sample-pass-2026',
    roles: ['agent', 'technician'],
    departmentId: c.departmentId,
  }),
  'users.update': (c) => ({ id: c.userId, version: c.userVersion, displayName: `改名用户 ${c.seq}` }),
  'users.resetPassword': (c) => ({ id: c.userId, newPassword: c.loginPassword }),
  'departments.list': () => ({ includeInactive: true }),
  'departments.create': (c) => ({ name: `样例部门 ${c.seq}`, nameEn: `Sample department ${c.seq}`, kind: 'department' }),
  'departments.update': (c) => ({ id: c.departmentId, version: c.departmentVersion, nameEn: `Renamed ${c.seq}` }),
  'sessions.list': () => ({}),
  'sessions.end': (c) => ({ id: c.sessionId }),
  'settings.get': () => ({}),
  'settings.update': (c) => ({ version: c.settingsVersion, hotlineNumbers: ['400-820-1234', `021-6288-${String(c.seq % 10000).padStart(4, '0')}`] }),
  'audit.list': () => ({ entity: 'user', limit: 20 }),
  'audit.verify': () => ({}),
  'backup.create': () => ({}),
  'backup.list': () => ({}),
  'backup.restore': (c) => ({ id: c.backupId }),
  'system.status': () => ({}),
  'customers.search': () => ({ query: '华通', limit: 10 }),
  'customers.list': () => ({ sort: 'name', limit: 20 }),
  'customers.regions': () => ({}),
  'customers.get': (c) => ({ id: c.customerId }),
  'customers.create': (c) => ({
    name: `样例新客户 ${c.seq}`,
    kind: 'organization',
    region: '上海',
    contacts: [{ name: '周联系', phones: [`139-1234-${String(c.seq % 10000).padStart(4, '0')}`] }],
  }),
  'customers.update': (c) => ({ id: c.customerId, version: c.customerVersion, notes: `备注 ${c.seq}` }),
  'customers.findDuplicates': () => ({ name: '上海华通科技', phones: ['021-6288-5000'] }),
  'customers.merge': (c) => ({
    sourceId: c.customerId,
    sourceVersion: c.customerVersion,
    targetId: c.otherCustomerId,
    targetVersion: c.otherCustomerVersion,
  }),
  'customers.timeline': (c) => ({ customerId: c.customerId, limit: 20 }),
  'customers.addSite': (c) => ({ customerId: c.customerId, name: `二号机房 ${c.seq}`, address: '上海市浦东新区' }),
  'customers.updateSite': (c) => ({ id: c.siteId, version: c.siteVersion, notes: `改 ${c.seq}` }),
  'equipment.create': (c) => ({
    customerId: c.customerId,
    model: 'DS-7608N-K2',
    serialNumber: `SN-SAMPLE-${c.seq}`,
    warrantyStart: '2026-01-01',
    warrantyEnd: '2028-12-31',
  }),
  'equipment.update': (c) => ({ id: c.equipmentId, version: c.equipmentVersion, notes: `巡检 ${c.seq}` }),
  'equipment.renewWarranty': (c) => ({
    id: c.equipmentId,
    version: c.equipmentVersion,
    contractNumber: `XB-${c.seq}`,
    // Each renewal must end later than the one before it.
    newEnd: `${2030 + (c.seq % 5000)}-12-31`,
    feeFen: 120000,
  }),
  'equipment.models': () => ({ withCounts: true }),
  'equipment.setModelStatus': (c) => ({ id: c.modelId, version: c.modelVersion, status: 'discontinued', successorModel: 'DS-7616N-K2' }),
  'equipment.modelCustomers': (c) => ({ modelId: c.modelId }),
  'documents.add': (c) => ({
    customerId: c.customerId,
    siteId: c.siteId,
    kind: 'acceptance_report',
    fileName: `验收报告-${c.seq}.txt`,
    contentBase64: Buffer.from(`验收合格 ${c.seq}`).toString('base64'),
  }),
  'documents.list': (c) => ({ customerId: c.customerId }),
  'documents.content': (c) => ({ id: c.documentId }),
  'import.preview': (c) => ({ fileName: 'customers.csv', contentBase64: sampleCsv(c.seq) }),
  'import.commit': (c) => ({
    fileName: 'customers.csv',
    contentBase64: sampleCsv(c.seq),
    mapping: { 'customer.name': 0, 'contact.name': 1, 'contact.phones': 2, 'equipment.model': 3, 'equipment.serialNumber': 4 },
  }),
  'import.previewParts': (c) => ({ fileName: 'parts.csv', contentBase64: samplePartsCsv(c.seq) }),
  'import.commitParts': (c) => ({
    fileName: 'parts.csv',
    contentBase64: samplePartsCsv(c.seq),
    mapping: { 'part.code': 0, 'part.name': 1, 'part.unit': 2, 'part.bin': 3, 'part.openingStock': 4 },
  }),
  'import.progress': () => ({ jobId: '00000000-0000-4000-8000-000000000000' }),
  'export.customers': () => ({ format: 'csv', region: '上海' }),
  'export.parts': () => ({ format: 'csv', bin: 'A-01-01' }),
};

function samplePartsCsv(seq: number): string {
  return Buffer.from(`备件编码,名称,单位,库位,期初库存\nIMP-PART-${seq},导入熔断器,个,B-01,5\n`).toString('base64');
}

function sampleCsv(seq: number): string {
  const csv = `客户名称,联系人,联系电话,型号,序列号\n导入客户 ${seq},钱工,0512-6666-${String(seq % 10000).padStart(4, '0')},DS-7608N-K2,IMP-${seq}\n`;
  return Buffer.from(csv).toString('base64');
}

const SAMPLE_CUSTOMER = '上海华通科技有限公司';
const OTHER_CUSTOMER = '上海华通科技';

/** Makes the customers, site, equipment and document the samples refer to, through the API as a keeper of the archive. */
async function ensureSampleArchive(t: TestBackend, side: Database.Database): Promise<void> {
  // A merge sample moves everything away from the sample customer; a fresh pair is made for the calls after it.
  if (side.prepare('SELECT 1 FROM customers WHERE name = ? AND merged_into IS NULL').get(SAMPLE_CUSTOMER)) return;
  const ok = await callsAs(t);
  const customer = await ok('customers.create', {
    name: SAMPLE_CUSTOMER,
    kind: 'organization',
    region: '上海',
    contacts: [{ name: '王经理', phones: ['021-6288-5000', '+86 138 0013 8000'] }],
    sites: [{ name: '一号机房', address: '上海市徐汇区' }],
  });
  await ok('customers.create', { name: OTHER_CUSTOMER, kind: 'organization', contacts: [{ name: '李工', phones: ['13900139000'] }] });
  const page = await ok('customers.get', { id: customer.id });
  await ok('equipment.create', {
    customerId: customer.id,
    siteId: page.sites[0]!.id,
    model: 'DS-7608N-K2',
    serialNumber: `SN-${customer.code}`,
    warrantyStart: '2025-01-01',
    warrantyEnd: '2026-12-31',
  });
  await ok('documents.add', {
    customerId: customer.id,
    siteId: page.sites[0]!.id,
    kind: 'as_built_drawings',
    fileName: '竣工图.pdf',
    contentBase64: Buffer.from('%PDF-1.4 sample').toString('base64'),
  });
}

export const TARGET_USERNAME = 'target.user';
let sequence = 0;

/** Reads the ids and versions the samples need from the test back end; creates the target user on first use. */
export async function sampleContext(t: TestBackend, overrides: Partial<SampleContext> = {}): Promise<SampleContext> {
  const side = t.openSideConnection();
  try {
    let user = side.prepare('SELECT id, version FROM users WHERE username = ?').get(TARGET_USERNAME) as
      | { id: number; version: number }
      | undefined;
    if (!user) {
      const created = await t.createUser(['agent'], TARGET_USERNAME);
      user = { id: created.id, version: created.version };
    }
    const department = side.prepare('SELECT id, version FROM departments ORDER BY id LIMIT 1').get() as {
      id: number;
      version: number;
    };
    const settingsVersion = side.prepare('SELECT version FROM center_settings WHERE id = 1').pluck().get() as number;
    // A desk of the sample user, opened on the store itself (a sign-in would cost a password check per context).
    const desk: SessionContext = { token: null };
    const sessionKey = side.prepare('SELECT session_key FROM users WHERE id = ?').pluck().get(user.id) as string;
    t.backend.services.sessions.open(desk, user.id, sessionKey);
    await ensureSampleArchive(t, side);
    const row = (query: string, ...params: unknown[]) => side.prepare(query).get(...params) as { id: number; version: number };
    const newest = 'SELECT id, version FROM customers WHERE name = ? AND merged_into IS NULL ORDER BY id DESC LIMIT 1';
    const customer = row(newest, SAMPLE_CUSTOMER);
    const other = row(newest, OTHER_CUSTOMER);
    const site = row('SELECT id, version FROM sites WHERE customer_id = ? ORDER BY id LIMIT 1', customer.id);
    const equipment = row('SELECT id, version FROM equipment WHERE customer_id = ? ORDER BY id LIMIT 1', customer.id);
    const model = row('SELECT id, version FROM product_models ORDER BY id LIMIT 1');
    const document = row('SELECT id, 0 AS version FROM handover_documents WHERE customer_id = ? ORDER BY id LIMIT 1', customer.id);
    const refs: Record<string, number | string> = {};
    for (const domain of DOMAIN_SAMPLES) if ('prepare' in domain && domain.prepare) Object.assign(refs, await domain.prepare(t, side));
    sequence += 1;
    return {
      seq: sequence,
      userId: user.id,
      userVersion: user.version,
      departmentId: department.id,
      departmentVersion: department.version,
      settingsVersion,
      backupId: MISSING_BACKUP_ID,
      sessionId: t.backend.services.sessions.idOf(desk)!,
      loginUsername: TARGET_USERNAME,
      loginPassword: USER_PASSWORD,
      ownPassword: USER_PASSWORD,
      customerId: customer.id,
      customerVersion: customer.version,
      otherCustomerId: other.id,
      otherCustomerVersion: other.version,
      siteId: site.id,
      siteVersion: site.version,
      equipmentId: equipment.id,
      equipmentVersion: equipment.version,
      modelId: model.id,
      modelVersion: model.version,
      documentId: document.id,
      refs,
      ...overrides,
    };
  } finally {
    side.close();
  }
}
