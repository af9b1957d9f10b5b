// Demo data for an empty data folder: a center, one user per role, through the API like any other caller.
import type { Backend } from '..';
import type { ApiInput, MethodName, Role } from '../../../shared/api';

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
  return { seeded: true, usernames: DEMO_USERS.map((u) => u.username) };
}
