// The center the load bench and the load tests run on: a user for each simulated desk (hotline seats, the complaint
// office, the store), an archive of customers, past calls and parts, made through the API of a back end in this process
// before the host serves it.
import type { Backend } from '../../backend';
import type { SessionContext } from '../../backend/features/auth/sessions';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import type { Role } from '../../../shared/api/roles';

/**
 * What a desk is for. `hotline`: an agent who logs calls, looks up customers and requests, fills complaint forms and,
 * as the seat's manager, reviews them and has the reply made (the deadline board is theirs). `complaintOffice`: the
 * information manager who routes forms and writes results, signing as the department manager. `store`: the inventory
 * clerk who receives and issues parts.
 */
export type DeskKind = 'hotline' | 'complaintOffice' | 'store';

export const DESK_ROLES: Record<DeskKind, Role[]> = {
  hotline: ['agent', 'seat_manager'],
  complaintOffice: ['info_manager', 'dept_manager'],
  store: ['inventory_clerk'],
};

export const DESK_PASSWORD = 'desk-pass-2026';

export interface DeskPlan {
  index: number;
  kind: DeskKind;
  username: string;
  /** Unique per desk: the change notices name the writer by it. */
  displayName: string;
  /** Among the desks of its kind (the complaint office shares out the forms by it, the store its parts). */
  indexInKind: number;
  /** The store's parts this desk keeps, with what it received into each at the start. */
  parts: Array<{ id: number; code: string; onHand: number }>;
}

export interface CenterPlan {
  desks: DeskPlan[];
  customers: Array<{ id: number; name: string; phone: string }>;
  /** Words and digits agents type into the request search. */
  requestQueries: string[];
  officeDesks: number;
  storeDesks: number;
}

export interface CenterScale {
  desks: number;
  customers: number;
  /** Calls logged before the run (on the board and in the searches). */
  pastRequests: number;
  partsPerStoreDesk: number;
}

const CITIES = ['上海', '杭州', '南京', '苏州', '无锡', '宁波', '合肥', '福州', '厦门', '济南', '青岛', '武汉'];
const CORES = ['华通', '恒信', '中联', '博瑞', '天成', '宏达', '鑫源', '瑞丰', '安泰', '金桥', '永盛', '嘉禾', '联创', '新锐', '星辰'];
const TRADES = ['科技', '电子', '安防', '通信', '物业管理', '智能', '工程'];
const FAULTS = ['录像机无法开机', '监控画面黑屏', '球机不转', '门禁刷卡无反应', '报警主机误报', '硬盘报错', '对讲无声音', '摄像机夜视模糊'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'];

/** How many desks of each kind: about one in eight for the complaint office and for the store, the rest the hotline. */
export function deskKinds(desks: number): Record<DeskKind, number> {
  const office = Math.max(1, Math.round((desks * 4) / 30));
  const store = Math.max(1, Math.round((desks * 4) / 30));
  const hotline = desks - office - store;
  if (hotline < 1) throw new Error('A center needs at least 3 desks');
  return { hotline, complaintOffice: office, store };
}

export const faultSubject = (i: number) => FAULTS[i % FAULTS.length]!;
export const phoneOf = (i: number) => `021-6${String(100 + (i % 900)).padStart(3, '0')}-${String(1000 + ((i * 37) % 9000)).padStart(4, '0')}`;

/** Makes the center on a back end whose administrator's session is given (passwords hashed at the back end's cost). */
export async function prepareCenter(backend: Backend, admin: SessionContext, scale: CenterScale): Promise<CenterPlan> {
  const as =
    (session: SessionContext) =>
    async <M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
      const result = await backend.invoke(session, method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message} ${JSON.stringify(result.error.details ?? {})}`);
      return result.value as ApiOutput<M>;
    };
  const asAdmin = as(admin);
  const counts = deskKinds(scale.desks);
  const desks: DeskPlan[] = [];
  const byKind: Record<DeskKind, number> = { hotline: 0, complaintOffice: 0, store: 0 };
  for (const kind of ['hotline', 'complaintOffice', 'store'] as const) {
    for (let k = 0; k < counts[kind]; k++) {
      const index = desks.length;
      const number = String(index + 1).padStart(2, '0');
      const plan: DeskPlan = {
        index,
        kind,
        username: `desk${number}`,
        displayName: `${SURNAMES[index % SURNAMES.length]}${kind === 'hotline' ? '坐席' : kind === 'store' ? '库管' : '信息'} ${number}`,
        indexInKind: byKind[kind]++,
        parts: [],
      };
      await asAdmin('users.create', { username: plan.username, displayName: plan.displayName, password: DESK_PASSWORD, roles: DESK_ROLES[kind] });
      desks.push(plan);
    }
  }
  const signedIn = async (desk: DeskPlan) => {
    const session = backend.newSession();
    await as(session)('auth.login', { username: desk.username, password: DESK_PASSWORD });
    return as(session);
  };

  const agent = await signedIn(desks[0]!);
  const customers: CenterPlan['customers'] = [];
  for (let i = 0; i < scale.customers; i++) {
    const name = `${CITIES[i % CITIES.length]}${CORES[Math.floor(i / CITIES.length) % CORES.length]}${TRADES[i % TRADES.length]}有限公司 ${i + 1}`;
    const phone = phoneOf(i);
    const made = await agent('customers.create', {
      name,
      kind: 'organization',
      region: CITIES[i % CITIES.length]!,
      contacts: [{ name: `${SURNAMES[i % SURNAMES.length]}经理`, phones: [phone] }],
    });
    customers.push({ id: made.id, name, phone });
  }
  for (let i = 0; i < scale.pastRequests; i++) {
    const customer = customers[i % customers.length]!;
    await agent('requests.create', {
      callerPhone: customer.phone,
      customerId: customer.id,
      kind: 'fault',
      channel: 'hotline',
      priority: (['urgent', 'important', 'general'] as const)[i % 3]!,
      subject: `${faultSubject(i)}（往期 ${i + 1}）`,
      description: '来电报修，已登记。',
    });
  }
  for (const desk of desks.filter((d) => d.kind === 'store')) {
    const clerk = await signedIn(desk);
    for (let p = 0; p < scale.partsPerStoreDesk; p++) {
      const code = `LOAD-${String(desk.indexInKind + 1).padStart(2, '0')}-${String(p + 1).padStart(3, '0')}`;
      const part = await clerk('parts.create', { code, name: `继电器 ${code}`, unit: '个', bin: `B-${desk.indexInKind + 1}-${p % 10}`, reorderPoint: 5, unitCostFen: 1200 });
      await clerk('stock.receive', { partId: part.id, quantity: 50, unitCostFen: 1200, note: '期初入库' });
      desk.parts.push({ id: part.id, code, onHand: 50 });
    }
  }
  const requestQueries = [...FAULTS.map((f) => f.slice(0, 3)), ...customers.slice(0, 20).map((c) => c.phone.replace(/\D/g, '').slice(-6))];
  return { desks, customers, requestQueries, officeDesks: counts.complaintOffice, storeDesks: counts.store };
}
