// The repair archive (维修档案): one timeline per customer and per piece of equipment, which every domain adds its
// events to (a customer created, equipment added, a warranty renewed, a request, a question, a complaint form…).
// Append-only here; the customer's page reads it, and a merge moves it, through features/customers/timeline.ts.
import { sql, type Db } from '../db/connection';

export interface TimelineEntry {
  customerId: number;
  equipmentId?: number | null;
  at: number;
  /** `<domain>.<what happened>`, e.g. `customer.created`, `equipment.added`, `warranty.renewed`. */
  kind: string;
  actorId: number | null;
  details?: Record<string, unknown>;
}

export function recordTimelineEvent(db: Db, entry: TimelineEntry): number {
  const result = sql(
    db,
    'INSERT INTO timeline_events (customer_id, equipment_id, at, kind, actor_id, details) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(entry.customerId, entry.equipmentId ?? null, entry.at, entry.kind, entry.actorId, JSON.stringify(entry.details ?? {}));
  return Number(result.lastInsertRowid);
}
