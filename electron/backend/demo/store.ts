// Demo spare-parts store (备品备件库): about forty parts for the demo's product models in bins A-01-01…, some
// discontinued (停产) with their substitutes (替代备品), some below their reorder point; stock put there by the
// inventory clerk through the API like any caller, so every unit is a movement of the ledger with its reason and the
// record that caused it: opening receipts at their costs, a purchase request (维修备品采购单) approved by the manager
// and delivered in two receipts at other costs (so the moving average moves), the engineering department's project
// draws, a posted stock-take (盘点) whose differences are adjustments, and a wrong issue reversed and issued again; a
// second purchase request for the parts below their reorder point waits on the manager's approval. Repairs take their
// parts on work orders (./repairs.ts), seeded between stockTheStore and countAndRestock so the count and the request
// for what runs low see them.
import type { Backend } from '..';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';

interface DemoPart {
  code: string;
  name: string;
  spec: string;
  unit: string;
  bin: string;
  reorderPoint: number;
  unitCostFen: number;
  models?: string[];
  /** Opening stock, received at the part's cost (none for a part that has run out). */
  opening: number;
}

/** The parts, by kind. Costs are of one unit in fen; cables by the metre, grease by the kilogram. */
const PARTS: DemoPart[] = [
  // 继电器
  { code: 'JDQ-MY2N-24', name: '中间继电器', spec: 'MY2N-J DC24V', unit: '个', bin: 'A-01-01', reorderPoint: 10, unitCostFen: 1850, models: ['HY-UPS-3000', 'HY-UPS-6000'], opening: 24 },
  { code: 'JDQ-MY4N-220', name: '中间继电器', spec: 'MY4N-J AC220V', unit: '个', bin: 'A-01-01', reorderPoint: 6, unitCostFen: 2600, opening: 12 },
  { code: 'JDQ-H3Y-24', name: '时间继电器', spec: 'H3Y-2 DC24V', unit: '个', bin: 'A-01-02', reorderPoint: 4, unitCostFen: 4800, opening: 3 },
  { code: 'JDQ-SSR-40', name: '固态继电器', spec: 'SSR-40DA', unit: '个', bin: 'A-01-02', reorderPoint: 5, unitCostFen: 3500, opening: 8 },
  // 熔断器
  { code: 'RDQ-RT18-10A', name: '熔断器', spec: 'RT18-32 10A', unit: '只', bin: 'A-01-03', reorderPoint: 20, unitCostFen: 180, models: ['HY-UPS-3000'], opening: 60 },
  { code: 'RDQ-RT18-32A', name: '熔断器', spec: 'RT18-32 32A', unit: '只', bin: 'A-01-03', reorderPoint: 20, unitCostFen: 220, models: ['HY-UPS-6000'], opening: 24 },
  { code: 'RDQ-5X20-3A', name: '保险丝管', spec: '5x20 3.15A', unit: '只', bin: 'A-01-04', reorderPoint: 50, unitCostFen: 35, opening: 200 },
  { code: 'RDQ-DZ-63', name: '熔断器底座', spec: 'RT18-63', unit: '个', bin: 'A-01-04', reorderPoint: 5, unitCostFen: 950, opening: 10 },
  // 接触器
  { code: 'JCQ-1810', name: '交流接触器', spec: 'CJX2-1810 AC220V', unit: '个', bin: 'A-02-01', reorderPoint: 4, unitCostFen: 6800, models: ['HY-UPS-6000'], opening: 10 },
  { code: 'JCQ-3210', name: '交流接触器', spec: 'CJX2-3210 AC220V', unit: '个', bin: 'A-02-01', reorderPoint: 3, unitCostFen: 12500, opening: 2 },
  { code: 'JCQ-D25', name: '交流接触器', spec: 'LC1D25M7C', unit: '个', bin: 'A-02-02', reorderPoint: 2, unitCostFen: 23800, opening: 4 },
  // 主控板 and other boards
  { code: 'ZKB-7608N-K2', name: '主控板', spec: 'DS-7608N-K2 主板', unit: '块', bin: 'B-01-01', reorderPoint: 2, unitCostFen: 86000, models: ['DS-7608N-K2'], opening: 4 },
  { code: 'ZKB-7216HQHI', name: '主控板', spec: 'iDS-7216HQHI 主板', unit: '块', bin: 'B-01-01', reorderPoint: 0, unitCostFen: 98000, models: ['iDS-7216HQHI'], opening: 1 },
  { code: 'ZKB-7216HQHI-M2', name: '主控板', spec: 'iDS-7216HQHI-M2/S 主板', unit: '块', bin: 'B-01-02', reorderPoint: 1, unitCostFen: 128000, models: ['iDS-7216HQHI'], opening: 3 },
  { code: 'DYB-UPS3000', name: '电源板', spec: 'HY-UPS-3000 电源板', unit: '块', bin: 'B-01-03', reorderPoint: 2, unitCostFen: 45000, models: ['HY-UPS-3000'], opening: 3 },
  { code: 'QDB-UPS6000', name: '驱动板', spec: 'HY-UPS-6000 逆变驱动板', unit: '块', bin: 'B-01-03', reorderPoint: 2, unitCostFen: 68000, models: ['HY-UPS-6000'], opening: 1 },
  { code: 'XSB-K1T671', name: '显示板', spec: 'DS-K1T671M 7 寸触摸屏', unit: '块', bin: 'B-01-04', reorderPoint: 2, unitCostFen: 52000, models: ['DS-K1T671M'], opening: 3 },
  { code: 'ZKB-UPS3000-V1', name: '主控板', spec: 'HY-UPS-3000 控制板 V1.0', unit: '块', bin: 'B-01-04', reorderPoint: 0, unitCostFen: 52000, models: ['HY-UPS-3000'], opening: 2 },
  { code: 'ZKB-UPS3000-V2', name: '主控板', spec: 'HY-UPS-3000 控制板 V2.3', unit: '块', bin: 'B-01-05', reorderPoint: 2, unitCostFen: 58000, models: ['HY-UPS-3000'], opening: 3 },
  { code: 'DKQ-K1T671', name: '读卡器模块', spec: 'DS-K1T671M 读卡模块', unit: '个', bin: 'B-01-06', reorderPoint: 2, unitCostFen: 15600, models: ['DS-K1T671M'], opening: 4 },
  // 电缆 (by the metre, to the hundredth)
  { code: 'DL-RVV-3X2.5', name: '电力电缆', spec: 'RVV 3x2.5', unit: '米', bin: 'C-01-01', reorderPoint: 50, unitCostFen: 520, opening: 200 },
  { code: 'DL-KVV-4X1.5', name: '控制电缆', spec: 'KVV 4x1.5', unit: '米', bin: 'C-01-01', reorderPoint: 30, unitCostFen: 460, opening: 150 },
  { code: 'DL-CAT6', name: '网线', spec: 'CAT6 UTP', unit: '米', bin: 'C-01-02', reorderPoint: 100, unitCostFen: 180, models: ['DS-2CD3T46WDV3'], opening: 305 },
  { code: 'DL-SYV75-5', name: '同轴电缆', spec: 'SYV-75-5', unit: '米', bin: 'C-01-02', reorderPoint: 100, unitCostFen: 150, models: ['iDS-7216HQHI'], opening: 80 },
  { code: 'DL-BVR-16', name: '电源线', spec: 'BVR 16mm²', unit: '米', bin: 'C-01-03', reorderPoint: 20, unitCostFen: 1650, models: ['HY-UPS-6000'], opening: 45.5 },
  // 传感器
  { code: 'CGQ-PT100', name: '温度传感器', spec: 'PT100', unit: '个', bin: 'A-03-01', reorderPoint: 5, unitCostFen: 3800, opening: 10 },
  { code: 'CGQ-SHT30', name: '温湿度传感器', spec: 'SHT30', unit: '个', bin: 'A-03-01', reorderPoint: 5, unitCostFen: 6500, models: ['HY-UPS-6000'], opening: 6 },
  { code: 'CGQ-JTY-G3', name: '烟雾传感器', spec: 'JTY-GD-G3', unit: '个', bin: 'A-03-02', reorderPoint: 4, unitCostFen: 8800, opening: 8 },
  { code: 'CGQ-MC38', name: '门磁传感器', spec: 'MC-38', unit: '个', bin: 'A-03-02', reorderPoint: 10, unitCostFen: 900, models: ['DS-K1T671M'], opening: 30 },
  // 风扇
  { code: 'FS-12038-220', name: '散热风扇', spec: '12038 AC220V', unit: '个', bin: 'A-04-01', reorderPoint: 4, unitCostFen: 3500, models: ['HY-UPS-6000'], opening: 10 },
  { code: 'FS-8025-12', name: '散热风扇', spec: '8025 DC12V', unit: '个', bin: 'A-04-01', reorderPoint: 6, unitCostFen: 1200, models: ['DS-7608N-K2', 'iDS-7216HQHI'], opening: 12 },
  { code: 'FS-9225-24', name: '机柜风扇', spec: '9225 DC24V 含油轴承', unit: '个', bin: 'A-04-02', reorderPoint: 0, unitCostFen: 1800, opening: 2 },
  { code: 'FS-9225-24B', name: '机柜风扇', spec: '9225 DC24V 滚珠轴承', unit: '个', bin: 'A-04-02', reorderPoint: 4, unitCostFen: 2100, opening: 8 },
  // 电池, 硬盘, 摄像机配件, 辅料
  { code: 'DC-12V100', name: '蓄电池', spec: '12V100Ah', unit: '块', bin: 'D-01-01', reorderPoint: 8, unitCostFen: 98000, models: ['HY-BAT-12V100', 'HY-UPS-6000'], opening: 16 },
  { code: 'DC-12V38', name: '蓄电池', spec: '12V38Ah', unit: '块', bin: 'D-01-02', reorderPoint: 8, unitCostFen: 36000, models: ['HY-UPS-3000'], opening: 6 },
  { code: 'DC-CR2032', name: '纽扣电池', spec: 'CR2032', unit: '个', bin: 'A-05-01', reorderPoint: 20, unitCostFen: 150, models: ['DS-7608N-K2'], opening: 100 },
  { code: 'YP-4T', name: '监控硬盘', spec: '4TB 监控级', unit: '块', bin: 'B-02-01', reorderPoint: 4, unitCostFen: 56000, models: ['DS-7608N-K2', 'iDS-7216HQHI'], opening: 10 },
  { code: 'YP-8T', name: '监控硬盘', spec: '8TB 监控级', unit: '块', bin: 'B-02-01', reorderPoint: 2, unitCostFen: 112000, models: ['iDS-7216HQHI'], opening: 3 },
  { code: 'JT-2.8MM', name: '摄像机镜头', spec: '2.8mm F2.0', unit: '个', bin: 'B-02-02', reorderPoint: 3, unitCostFen: 8500, models: ['DS-2CD3T46WDV3'], opening: 5 },
  { code: 'DY-12V2A', name: '电源适配器', spec: '12V 2A', unit: '个', bin: 'B-02-02', reorderPoint: 10, unitCostFen: 1800, models: ['DS-2CD3T46WDV3'], opening: 25 },
  { code: 'RZ-GZ-1KG', name: '导热硅脂', spec: '1kg 灰色', unit: '千克', bin: 'E-01-01', reorderPoint: 0.5, unitCostFen: 12000, opening: 2.5 },
];

/** Discontinued parts (停产) and what may be issued instead. */
const DISCONTINUED: Array<{ code: string; substitutes: string[]; notes: string }> = [
  { code: 'ZKB-7216HQHI', substitutes: ['ZKB-7216HQHI-M2'], notes: '整机已停产，原主板售完即止；新主板兼容，需升级固件。' },
  { code: 'ZKB-UPS3000-V1', substitutes: ['ZKB-UPS3000-V2'], notes: 'V1.0 控制板停产，V2.3 可直接替换。' },
  { code: 'FS-9225-24', substitutes: ['FS-9225-24B'], notes: '含油轴承款停产，改用滚珠轴承款。' },
];

/** The purchase request delivered in two receipts at other costs than the opening ones: the moving average follows. */
const REPLENISHMENT: Array<{ code: string; quantity: number; unitCostFen: number; first: number }> = [
  { code: 'YP-4T', quantity: 6, unitCostFen: 52000, first: 6 },
  { code: 'JDQ-MY2N-24', quantity: 20, unitCostFen: 1980, first: 10 },
  { code: 'DL-RVV-3X2.5', quantity: 100, unitCostFen: 545, first: 100 },
  { code: 'DC-12V100', quantity: 8, unitCostFen: 102000, first: 0 },
];

/**
 * The engineering department's draws for its projects (工程改造领用): issued by hand at the store, as they are tied to
 * no fault report. Repairs take their parts on work orders (./repairs.ts), so those name the record that caused them.
 */
const OPENING_NOTE = '期初入库（建账盘点）';
const CORRECTED_ISSUE_NOTE = '维修领用：精密空调加热器控制';
const REVERSAL_REASON = '数量录错（应为 1 个），冲销后重新领用';

const PROJECT_DRAWS: Array<{ code: string; quantity: number | string; note: string }> = [
  { code: 'DC-12V100', quantity: 12, note: '工程改造领用：机房电池组整组更换' },
  { code: 'DL-CAT6', quantity: '86.3', note: '工程改造领用：门诊楼新增摄像机布线' },
];

type Caller = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

async function signedIn(backend: Backend, username: string, password: string): Promise<Caller> {
  const session = backend.newSession();
  const call: Caller = async (method, input) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`Demo data: ${method} failed: ${result.error.message}`);
    return result.value as ApiOutput<typeof method>;
  };
  await call('auth.login', { username, password });
  return call;
}

/** The whole store at once (parts, receipts, draws, the count, the reversal, the waiting request), with no repairs. */
export async function seedStore(backend: Backend, password: string): Promise<number> {
  const parts = await stockTheStore(backend, password);
  await countAndRestock(backend, password);
  return parts;
}

/**
 * The parts, their opening receipts, the discontinued ones' substitutes, the replenishment delivered and the project
 * draws. Repairs (./repairs.ts) may run next, before the count and the request for what runs low.
 */
export async function stockTheStore(backend: Backend, password: string): Promise<number> {
  const clerk = await signedIn(backend, 'clerk', password);
  const manager = await signedIn(backend, 'manager', password);
  const ids = new Map<string, number>();
  for (const part of PARTS) {
    const created = await clerk('parts.create', {
      code: part.code,
      name: part.name,
      spec: part.spec,
      unit: part.unit,
      bin: part.bin,
      reorderPoint: part.reorderPoint,
      unitCostFen: part.unitCostFen,
      ...(part.models && { models: part.models }),
    });
    ids.set(part.code, created.id);
    if (part.opening > 0) await clerk('stock.receive', { partId: created.id, quantity: part.opening, unitCostFen: part.unitCostFen, note: OPENING_NOTE });
  }
  const id = (code: string) => ids.get(code)!;

  for (const { code, substitutes, notes } of DISCONTINUED) {
    const page = await clerk('parts.get', { id: id(code) });
    await clerk('parts.update', { id: id(code), version: page.part.version, status: 'discontinued', substituteIds: substitutes.map(id), notes });
  }
  await replenish(clerk, manager, id);
  for (const draw of PROJECT_DRAWS) await clerk('stock.issue', { partId: id(draw.code), quantity: draw.quantity, note: draw.note });
  await clerk('auth.logout', {});
  await manager('auth.logout', {});
  return PARTS.length;
}

/** The monthly count, the wrong issue reversed, and the parts below their reorder point asked for. */
export async function countAndRestock(backend: Backend, password: string): Promise<void> {
  const clerk = await signedIn(backend, 'clerk', password);
  const id = async (code: string) => (await clerk('parts.byCode', { code })).part!.id;
  // The monthly count of the fuse bin and the cable reels found two fuses short and a reel longer than booked (盘点调整).
  const sheet = await clerk('stocktakes.create', { bins: ['A-01-04', 'C-01-01'], showBook: false });
  const counted = sheet.lines.map((line) => ({
    partId: line.partId,
    counted: line.code === 'RDQ-5X20-3A' ? line.book - 2 : line.code === 'DL-KVV-4X1.5' ? line.book + 1.5 : line.book,
  }));
  const entered = await clerk('stocktakes.count', { id: sheet.id, version: sheet.version, lines: counted });
  await clerk('stocktakes.post', { id: sheet.id, version: entered.version, reason: '月度盘点：保险丝管实盘少 2 只，控制电缆复尺多 1.5 米' });
  // A wrong issue (5 typed for 1) reversed and issued again (冲销). By hand: the precision air conditioner it went to is
  // no unit of the demo's archive, so there is no work order to record it on.
  const relay = await id('JDQ-SSR-40');
  const wrong = await clerk('stock.issue', { partId: relay, quantity: 5, note: CORRECTED_ISSUE_NOTE });
  await clerk('stock.reverse', { movementId: wrong.movement.id, reason: REVERSAL_REASON });
  await clerk('stock.issue', { partId: relay, quantity: 1, note: CORRECTED_ISSUE_NOTE });

  // The parts below their reorder point, asked for and waiting on the manager (the clerk's and the manager's homes show it).
  const low = await clerk('parts.lowStock', {});
  const asked = await clerk('purchases.create', {
    reason: '低于最低库存，申请补货',
    lines: low.items.slice(0, 4).map((part) => ({ partId: part.id, quantity: Math.max(1, Math.ceil(part.reorderPoint * 2 - part.onHand)) })),
  });
  await clerk('purchases.submit', { id: asked.id, version: asked.version });
  await clerk('auth.logout', {});
}

/** A purchase request for REPLENISHMENT: submitted, approved by the manager, delivered in two receipts. */
async function replenish(clerk: Caller, manager: Caller, id: (code: string) => number): Promise<void> {
  let request = await clerk('purchases.create', {
    reason: '季度备件补货：硬盘、继电器、电缆、蓄电池',
    lines: REPLENISHMENT.map((line) => ({ partId: id(line.code), quantity: line.quantity, estimatedUnitCostFen: line.unitCostFen })),
  });
  request = await clerk('purchases.submit', { id: request.id, version: request.version });
  request = await manager('purchases.approve', { id: request.id, version: request.version });
  const delivery = (pick: (line: (typeof REPLENISHMENT)[number]) => number) =>
    REPLENISHMENT.filter((line) => pick(line) > 0).map((line) => ({ partId: id(line.code), quantity: pick(line), unitCostFen: line.unitCostFen }));
  request = await clerk('purchases.receive', { id: request.id, version: request.version, lines: delivery((line) => line.first), note: '第一批到货' });
  await clerk('purchases.receive', { id: request.id, version: request.version, lines: delivery((line) => line.quantity - line.first), note: '第二批到货（蓄电池）' });
}
