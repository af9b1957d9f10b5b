// Maintenance plans and dedicated maintainers in the database. The maintainer an inspection goes to is the site's
// (the plan's site, else its unit's), else the customer's.
import { sql, type Db } from '../../db/connection';
import type { CustomerMaintenance, MaintenancePlan } from '../../../../shared/api/maintenance';

export interface PlanRow {
  id: number;
  customer_id: number;
  site_id: number | null;
  equipment_id: number | null;
  interval_days: number;
  next_due_date: string;
  active: number;
  notes: string;
  version: number;
  created_by: number | null;
  created_at: number;
  updated_at: number;
}

interface PlanPageRow extends PlanRow {
  customer_name: string;
  site_name: string | null;
  equipment_model: string | null;
  equipment_serial: string | null;
  maintainer_id: number | null;
  maintainer_name: string | null;
}

/** The plan with its names and its maintainer: the site's (the plan's, else its unit's), else the customer's. */
const PLAN_SELECT = `SELECT p.*, c.name AS customer_name, s.name AS site_name, m.model AS equipment_model, e.serial_number AS equipment_serial,
    COALESCE(s.maintainer_id, c.maintainer_id) AS maintainer_id, u.display_name AS maintainer_name
  FROM maintenance_plans p
  JOIN customers c ON c.id = p.customer_id
  LEFT JOIN equipment e ON e.id = p.equipment_id
  LEFT JOIN sites s ON s.id = COALESCE(p.site_id, e.site_id)
  LEFT JOIN product_models m ON m.id = e.model_id
  LEFT JOIN users u ON u.id = COALESCE(s.maintainer_id, c.maintainer_id)`;

export function findPlanRow(db: Db, id: number): PlanRow | null {
  return (sql(db, 'SELECT * FROM maintenance_plans WHERE id = ?').get(id) as PlanRow | undefined) ?? null;
}

function toPlan(db: Db, row: PlanPageRow): MaintenancePlan {
  const last = sql(db, 'SELECT id, number, state FROM work_orders WHERE plan_id = ? ORDER BY id DESC LIMIT 1').get(row.id) as MaintenancePlan['lastWorkOrder'] | undefined;
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    siteId: row.site_id,
    siteName: row.site_name,
    equipmentId: row.equipment_id,
    equipmentLabel: row.equipment_model ? `${row.equipment_model} · ${row.equipment_serial ?? ''}` : null,
    intervalDays: row.interval_days,
    nextDueDate: row.next_due_date,
    active: row.active === 1,
    notes: row.notes,
    maintainerId: row.maintainer_id,
    maintainerName: row.maintainer_name,
    lastWorkOrder: last ?? null,
    version: row.version,
  };
}

export function findPlan(db: Db, id: number): MaintenancePlan | null {
  const row = sql(db, `${PLAN_SELECT} WHERE p.id = ?`).get(id) as PlanPageRow | undefined;
  return row ? toPlan(db, row) : null;
}

/** At most 500, due soonest first. */
export function listPlans(db: Db, filter: { customerId?: number | undefined; activeOnly?: boolean | undefined }): MaintenancePlan[] {
  const where = [filter.customerId !== undefined ? 'p.customer_id = @customerId' : '1', filter.activeOnly ? 'p.active = 1' : '1'].join(' AND ');
  const rows = sql(db, `${PLAN_SELECT} WHERE ${where} ORDER BY p.next_due_date, p.id LIMIT 500`).all({ customerId: filter.customerId ?? null }) as PlanPageRow[];
  return rows.map((row) => toPlan(db, row));
}

export function customerMaintenance(db: Db, customerId: number): CustomerMaintenance | null {
  const customer = sql(db, 'SELECT c.maintainer_id, u.display_name FROM customers c LEFT JOIN users u ON u.id = c.maintainer_id WHERE c.id = ?').get(customerId) as
    | { maintainer_id: number | null; display_name: string | null }
    | undefined;
  if (!customer) return null;
  const sites = sql(db, 'SELECT s.id, s.name, s.maintainer_id, u.display_name FROM sites s LEFT JOIN users u ON u.id = s.maintainer_id WHERE s.customer_id = ? ORDER BY s.id').all(
    customerId,
  ) as Array<{ id: number; name: string; maintainer_id: number | null; display_name: string | null }>;
  return {
    customerId,
    maintainerId: customer.maintainer_id,
    maintainerName: customer.display_name,
    sites: sites.map((site) => ({ siteId: site.id, siteName: site.name, maintainerId: site.maintainer_id, maintainerName: site.display_name })),
    plans: listPlans(db, { customerId }),
  };
}

/** Active plans due by `today` (YYYY-MM-DD), oldest due first (maintenance_plans_due). */
export function duePlanRows(db: Db, today: string): PlanRow[] {
  return sql(db, 'SELECT * FROM maintenance_plans WHERE active = 1 AND next_due_date <= ? ORDER BY next_due_date, id').all(today) as PlanRow[];
}
