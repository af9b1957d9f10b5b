// Demo data for an empty data folder: a center, one user per role, through the API like any other caller.
import type { Backend } from '..';
import type { ApiInput, ApiOutput, MethodName, Role } from '../../../shared/api';
import { addDays, todayIn } from '../../../shared/customers/dates';
import { DEMO_MODELS, DISCONTINUED_MODEL, UPGRADED_MODEL, demoCustomers } from './customers';
import { seedCalendar } from './calendar';
import { seedComplaints } from './complaints';
import { seedRequests } from './requests';
import { seedKnowledge } from './knowledge';
import { countAndRestock, stockTheStore } from './store';
import { seedRepairs } from './repairs';
import { seedFieldWork } from './field-work';
import { seedReplacements } from './replacements';

export const DEMO_PASSWORD = 'demo-pass-2026';

export const DEMO_USERS: Array<{ username: string; displayName: string; roles: Role[] }> = [
  { username: 'admin', displayName: '赵敏 (Zhao Min)', roles: ['admin'] },
  { username: 'agent', displayName: '王芳 (Wang Fang)', roles: ['agent'] },
  { username: 'seat', displayName: '李娜 (Li Na)', roles: ['seat_manager'] },
  { username: 'info', displayName: '陈刚 (Chen Gang)', roles: ['info_manager'] },
  { username: 'manager', displayName: '刘洋 (Liu Yang)', roles: ['dept_manager'] },
  { username: 'tech', displayName: '张伟 (Zhang Wei)', roles: ['technician'] },
  { username: 'clerk', displayName: '孙丽 (Sun Li)', roles: ['inventory_clerk'] },
  { username: 'supervisor', displayName: '周强 (Zhou Qiang)', roles: ['supervisor'] },
];

export interface DemoSeedResult {
  seeded: boolean;
  usernames: string[];
  customers?: number;
}

type Caller = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

function callerFor(backend: Backend): Caller {
  const session = backend.newSession();
  return async (method, input) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`Demo data: ${method} failed: ${result.error.message}`);
    return result.value as ApiOutput<typeof method>;
  };
}

const DOCUMENT_TITLES = {
  as_built_drawings: '竣工图纸',
  operation_manual: '操作培训手册',
  equipment_list: '设备清单',
  acceptance_report: '验收报告',
  other: '其他资料',
} as const;

/**
 * The customer archive, entered by the agent through the API like any caller (so search indexes, codes, the repair
 * archive and the audit log are what real work produces); the model flags by the administrator.
 */
async function seedCustomers(backend: Backend, adminCall: Caller): Promise<number> {
  const agent = callerFor(backend);
  await agent('auth.login', { username: 'agent', password: DEMO_PASSWORD });
  const settings = await agent('settings.get', {});
  const today = todayIn(settings.timeZone, Date.now());
  const customers = demoCustomers();
  for (const demo of customers) {
    const created = await agent('customers.create', {
      name: demo.name,
      kind: demo.kind,
      region: demo.region,
      address: demo.address,
      notes: demo.notes ?? '',
      contacts: demo.contacts.map((contact) => ({ name: contact.name, title: contact.title ?? '', email: contact.email ?? '', phones: contact.phones })),
      sites: demo.sites.map((site) => ({ name: site.name, address: site.address, region: demo.region })),
    });
    const page = await agent('customers.get', { id: created.id });
    const perSite = Math.ceil(demo.equipment.length / Math.max(page.sites.length, 1));
    for (const [index, unit] of demo.equipment.entries()) {
      const site = page.sites[Math.min(Math.floor(index / perSite), page.sites.length - 1)];
      const originalEnd = addDays(today, unit.warrantyEndInDays);
      // Long enough that the unit was accepted at least a month ago: no demo unit is installed in the future.
      const years = Math.max(unit.warrantyYears, Math.ceil((unit.warrantyEndInDays + 30) / 365));
      const warrantyStart = addDays(originalEnd, -365 * years);
      const acceptanceDate = warrantyStart;
      const installDate = addDays(acceptanceDate, -(7 + (index % 3) * 5));
      const model = DEMO_MODELS[unit.model]!;
      const equipment = await agent('equipment.create', {
        customerId: created.id,
        siteId: site?.id ?? null,
        model: unit.model,
        productName: model.productName,
        category: model.category,
        serialNumber: unit.serialNumber,
        installDate,
        acceptanceDate,
        warrantyStart,
        warrantyEnd: originalEnd,
        lifecycle: unit.lifecycle ?? 'in_service',
      });
      if (unit.renewedToDays !== undefined) {
        await agent('equipment.renewWarranty', {
          id: equipment.id,
          version: equipment.version,
          contractNumber: `XB-${today.slice(0, 4)}-${String(equipment.id).padStart(4, '0')}`,
          newEnd: addDays(today, unit.renewedToDays),
          feeFen: 180000 + (equipment.id % 5) * 60000,
        });
      }
    }
    const firstSite = page.sites[0];
    for (const kind of demo.documents ?? []) {
      const text = `${demo.name}\n${firstSite?.name ?? ''}\n${DOCUMENT_TITLES[kind]}（演示文件）\n`;
      await agent('documents.add', {
        customerId: created.id,
        siteId: firstSite?.id ?? null,
        kind,
        title: `${firstSite?.name ?? demo.name} ${DOCUMENT_TITLES[kind]}`,
        fileName: `${DOCUMENT_TITLES[kind]}-${created.code}.txt`,
        mimeType: 'text/plain',
        contentBase64: Buffer.from(text, 'utf8').toString('base64'),
      });
    }
    if (demo.active === false) {
      const latest = await agent('customers.get', { id: created.id });
      await agent('customers.update', { id: created.id, version: latest.customer.version, active: false });
    }
  }
  const { items: models } = await adminCall('equipment.models', {});
  for (const [flag, status] of [
    [DISCONTINUED_MODEL, 'discontinued'],
    [UPGRADED_MODEL, 'upgraded'],
  ] as const) {
    const model = models.find((m) => m.model === flag.model);
    if (model) {
      await adminCall('equipment.setModelStatus', { id: model.id, version: model.version, status, successorModel: flag.successor, notes: flag.notes });
    }
  }
  await agent('auth.logout', {});
  return customers.length;
}

export async function seedDemoData(backend: Backend): Promise<DemoSeedResult> {
  const session = backend.newSession();
  const call = async <M extends MethodName>(method: M, input: ApiInput<M>) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`Demo data: ${method} failed: ${result.error.message}`);
    return result.value;
  };
  const status = (await call('auth.status', {})) as { setupRequired: boolean };
  if (!status.setupRequired) return { seeded: false, usernames: [] };
  const [admin, ...others] = DEMO_USERS;
  await call('auth.setup', {
    centerName: '华东区售后服务中心',
    username: admin!.username,
    displayName: admin!.displayName,
    password: DEMO_PASSWORD,
  });
  const settings = (await call('settings.get', {})) as { version: number };
  await call('settings.update', { version: settings.version, hotlineNumbers: ['400-820-1234', '021-6288-5000'] });
  const departments = (await call('departments.list', {})) as { items: Array<{ id: number; name: string }> };
  const afterSales = departments.items.find((d) => d.name === '售后服务部')?.id ?? null;
  const materials = departments.items.find((d) => d.name === '物资部')?.id ?? null;
  const engineering = departments.items.find((d) => d.name === '工程部')?.id ?? null;
  const departmentOf: Partial<Record<Role, number | null>> = {
    agent: afterSales,
    seat_manager: afterSales,
    info_manager: afterSales,
    dept_manager: afterSales,
    technician: engineering,
    inventory_clerk: materials,
  };
  for (const user of others) {
    await call('users.create', { ...user, password: DEMO_PASSWORD, departmentId: departmentOf[user.roles[0]!] ?? null });
  }
  const customers = await seedCustomers(backend, call as Caller);
  await seedCalendar(backend, DEMO_PASSWORD);
  await seedKnowledge(backend, DEMO_PASSWORD);
  await seedRequests(backend, DEMO_PASSWORD);
  await seedComplaints(backend, DEMO_PASSWORD);
  await stockTheStore(backend, DEMO_PASSWORD);
  await seedRepairs(backend, DEMO_PASSWORD);
  await countAndRestock(backend, DEMO_PASSWORD);
  await seedFieldWork(backend, DEMO_PASSWORD);
  await seedReplacements(backend, DEMO_PASSWORD);
  return { seeded: true, usernames: DEMO_USERS.map((u) => u.username), customers };
}
