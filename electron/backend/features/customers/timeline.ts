// Reading the repair archive (维修档案) of a customer or a piece of equipment, and moving it in a merge. Every domain
// adds its events through records/timeline.ts.
import { sql, type Db } from '../../db/connection';
import type { TimelineEvent } from '../../../../shared/api/customers';

interface TimelineRow {
  id: number;
  customer_id: number;
  equipment_id: number | null;
  at: number;
  kind: string;
  actor_name: string | null;
  details: string;
}

const toEvent = (row: TimelineRow): TimelineEvent => ({
  id: row.id,
  customerId: row.customer_id,
  equipmentId: row.equipment_id,
  at: row.at,
  kind: row.kind,
  actorName: row.actor_name,
  details: JSON.parse(row.details) as Record<string, unknown>,
});

/** Newest first by id (events are recorded as they happen), page by page with `before`. */
export function listTimeline(
  db: Db,
  filter: { customerId?: number; equipmentId?: number },
  before: number | null,
  limit: number,
): TimelineEvent[] {
  const byEquipment = filter.equipmentId !== undefined;
  const rows = sql(
    db,
    `SELECT t.id, t.customer_id, t.equipment_id, t.at, t.kind, u.display_name AS actor_name, t.details
     FROM timeline_events t LEFT JOIN users u ON u.id = t.actor_id
     WHERE ${byEquipment ? 't.equipment_id = @owner AND t.equipment_id IS NOT NULL' : 't.customer_id = @owner'}
       AND t.id < @before
     ORDER BY t.id DESC LIMIT @limit`,
  ).all({
    owner: byEquipment ? filter.equipmentId : filter.customerId,
    before: before ?? Number.MAX_SAFE_INTEGER,
    limit,
  }) as TimelineRow[];
  return rows.map(toEvent);
}

/** Moves a customer's whole history to another customer (a merge). */
export function moveTimeline(db: Db, fromCustomerId: number, toCustomerId: number): void {
  sql(db, 'UPDATE timeline_events SET customer_id = ? WHERE customer_id = ?').run(toCustomerId, fromCustomerId);
}
