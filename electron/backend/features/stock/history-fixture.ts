// A store with a history, for the query-plan test and `npm run bench`: parts of the kinds a service center keeps
// (relays, fuses, contactors, boards, cables by the metre, sensors, fans…) in bins, then each part's movements in part
// order, posted through the ledger itself (postMovement) in big transactions, so every row is one the triggers accept
// and the moving average is the ledger's own. Deterministic for a given random source.
import type { Db } from '../../db/connection';
import { insertPart } from '../parts';
import { MILLI } from '../../../../shared/parts/quantity';
import type { MovementKind } from '../../../../shared/api/stock';
import { postMovement, reverseMovement } from './ledger';

/** What a part is called and counted in: code prefix, names, specs, unit and its decimals, cost range in fen. */
const FAMILIES = [
  { prefix: 'JDQ', names: ['中间继电器', '时间继电器', '热继电器', '固态继电器'], specs: ['MY2N-J DC24V', 'MY4N-J AC220V', 'H3Y-2 DC24V', 'JR36-20'], unit: '个', decimals: 0, cost: [1500, 12000] },
  { prefix: 'RDQ', names: ['熔断器', '保险丝管', '熔断器底座'], specs: ['RT18-32 10A', 'RT14-20 6A', '5x20 3.15A'], unit: '只', decimals: 0, cost: [80, 2500] },
  { prefix: 'JCQ', names: ['交流接触器', '直流接触器'], specs: ['CJX2-1810', 'LC1D25M7C', 'CJX2-3210'], unit: '个', decimals: 0, cost: [6000, 45000] },
  { prefix: 'ZKB', names: ['主控板', '电源板', '驱动板', '显示板'], specs: ['DS-7608N-K2 主板', 'HY-UPS-3000 控制板', 'V2.3'], unit: '块', decimals: 0, cost: [30000, 280000] },
  { prefix: 'DL', names: ['电力电缆', '控制电缆', '网线', '同轴电缆'], specs: ['RVV 3x2.5', 'KVV 4x1.5', 'CAT6 UTP', 'SYV-75-5'], unit: '米', decimals: 2, cost: [150, 3200] },
  { prefix: 'CGQ', names: ['温度传感器', '湿度传感器', '烟雾传感器', '门磁传感器'], specs: ['PT100', 'SHT30', 'JTY-GD-G3', 'MC-38'], unit: '个', decimals: 0, cost: [2500, 38000] },
  { prefix: 'FS', names: ['散热风扇', '轴流风机', '机柜风扇'], specs: ['12038 AC220V', '8025 DC12V', '9225 DC24V'], unit: '个', decimals: 0, cost: [1200, 16000] },
  { prefix: 'DC', names: ['蓄电池', '纽扣电池'], specs: ['12V100Ah', '12V38Ah', 'CR2032'], unit: '块', decimals: 0, cost: [300, 98000] },
  { prefix: 'RZ', names: ['导热硅脂', '绝缘胶', '清洗剂'], specs: ['1kg 灰色', '704 硅橡胶', '电子清洗剂'], unit: '千克', decimals: 3, cost: [4000, 30000] },
] as const;

const ISSUE_REASONS = ['维修领用', '上门检修领用', '保内更换', '工程改造领用'];

export interface StoreHistoryOptions {
  parts: number;
  movements: number;
  /** Movements are spread between these instants, each part's in time order. */
  from: number;
  to: number;
  userId: number | null;
  /** A uniform random number in [0, 1), deterministic for repeatable figures. */
  random: () => number;
  /** Parts posted per transaction (default 500). */
  batch?: number;
}

export interface StorePart {
  id: number;
  code: string;
  name: string;
  spec: string;
  bin: string;
  decimals: number;
  onHand: number;
  reorderPoint: number;
}

export interface StoreHistory {
  parts: StorePart[];
  movements: number;
  reversals: number;
}

/** Writes the parts and their movements. Parts are `{prefix}-{number}`; bins are A-01-01 … on shelves of 40 parts. */
export function writeStoreHistory(db: Db, options: StoreHistoryOptions): StoreHistory {
  const r = options.random;
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const parts: StorePart[] = [];
  const batch = options.batch ?? 500;
  let movements = 0;
  let reversals = 0;
  for (let start = 0; start < options.parts; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(options.parts, start + batch); i++) {
        const family = FAMILIES[i % FAMILIES.length]!;
        const shelf = Math.floor(i / 40);
        const bin = `${String.fromCharCode(65 + (Math.floor(shelf / 400) % 26))}-${String(1 + (Math.floor(shelf / 20) % 20)).padStart(2, '0')}-${String(1 + (shelf % 20)).padStart(2, '0')}`;
        const name = `${pick(family.names)}`;
        const spec = `${pick(family.specs)}-${(i % 97) + 1}`;
        const code = `${family.prefix}-${String(i + 1).padStart(6, '0')}`;
        const step = 10 ** (3 - family.decimals);
        const unitCost = family.cost[0] + int(family.cost[1] - family.cost[0]);
        // A reorder point of 5 to 30 units: stock wanders up and down (receipts about match what goes out), so a few
        // parts in a hundred are below it at any moment, as in a store that reorders late.
        const reorderPoint = (5 + int(26)) * MILLI;
        const id = insertPart(
          db,
          { code, name, spec, unit: family.unit, decimals: family.decimals, bin, reorder_point: reorderPoint, unit_cost_fen: unitCost, status: i % 50 === 49 ? 'discontinued' : 'active' },
          options.from,
        );
        // Movements per part vary: a few parts move a lot, most a little; the total is close to `movements`.
        const share = options.movements / options.parts;
        const count = Math.max(1, Math.round(share * (i % 10 === 0 ? 3 : i % 10 < 4 ? 1.2 : 0.6) * (0.5 + r())));
        let onHand = 0;
        const span = options.to - options.from;
        const times = Array.from({ length: count }, () => options.from + Math.floor(r() * span)).sort((a, b) => a - b);
        let lastTaking: number | null = null;
        for (const at of times) {
          const units = (n: number) => Math.max(step, Math.round((n * MILLI) / step) * step);
          let kind: MovementKind;
          let quantity: number;
          const roll = r();
          if (onHand === 0 || roll < 0.2) {
            kind = 'receipt';
            quantity = units(5 + int(20));
          } else if (roll < 0.97 && lastTaking !== null && roll > 0.96) {
            onHand = reverseMovement(db, lastTaking, '数量录错，冲销', options.userId, at).balance_after;
            lastTaking = null;
            reversals++;
            movements++;
            continue;
          } else {
            const takingKind = roll < 0.72 ? 'issue' : roll < 0.78 ? 'loan_out' : roll < 0.81 ? 'scrap' : roll < 0.86 ? 'adjustment' : null;
            if (takingKind) {
              kind = takingKind;
              quantity = -Math.min(onHand, units(1 + int(6)));
            } else {
              kind = roll < 0.91 ? 'return' : roll < 0.95 ? 'loan_back' : 'adjustment';
              quantity = units(1 + int(3));
            }
          }
          const row = postMovement(
            db,
            {
              partId: id,
              kind,
              quantity,
              ...(kind === 'receipt' && { unitCostFen: Math.max(1, Math.round(unitCost * (0.9 + r() * 0.2))) }),
              reason: kind === 'issue' ? pick(ISSUE_REASONS) : kind === 'adjustment' ? '盘点差异' : '',
            },
            options.userId,
            at,
          );
          lastTaking = quantity < 0 ? row.id : null;
          onHand = row.balance_after;
          movements++;
        }
        parts.push({ id, code, name, spec, bin, decimals: family.decimals, onHand, reorderPoint });
      }
    })();
  }
  return { parts, movements, reversals };
}
