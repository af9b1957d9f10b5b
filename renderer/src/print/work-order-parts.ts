// The printed work order's table of parts: one row a part, what was issued (领用), returned (退库) and used in the end,
// from the work order's movements (a movement reversed at the store counts for nothing). Pure, so tested alone.
import type { WorkOrder } from '../../../shared/api/workOrders';

export interface SheetPartRow {
  partId: number;
  code: string;
  name: string;
  unit: string;
  issued: number;
  returned: number;
  used: number;
}

/** Thousandths are exact in the ledger; sums of decimals are kept exact the same way. */
const milli = (units: number) => Math.round(units * 1000);

export function sheetPartRows(order: Pick<WorkOrder, 'partMovements'>): SheetPartRow[] {
  const rows = new Map<number, { row: SheetPartRow; issued: number; returned: number }>();
  for (const m of order.partMovements) {
    if (m.reversedById !== null) continue;
    const entry = rows.get(m.partId) ?? { row: { partId: m.partId, code: m.code, name: m.name, unit: m.unit, issued: 0, returned: 0, used: 0 }, issued: 0, returned: 0 };
    if (m.kind === 'issue') entry.issued += milli(m.quantity);
    else entry.returned += milli(m.quantity);
    rows.set(m.partId, entry);
  }
  return [...rows.values()].map(({ row, issued, returned }) => ({ ...row, issued: issued / 1000, returned: returned / 1000, used: (issued - returned) / 1000 }));
}
