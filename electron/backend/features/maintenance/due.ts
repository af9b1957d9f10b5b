// Making the inspections (日常巡检) of the plans that are due: one work order of kind inspection per plan and due date,
// for the plan's customer, site and unit, due at the end of its due day at the center (so a missed one is late on the
// board like any deadline), dispatched to the maintainer (the site's, else the customer's) or left a draft for the
// dispatcher when there is none. The plan's next due date moves past today by whole intervals: a plan missed for weeks
// (the console was off) gets one inspection, late, not one per missed interval. Run by maintenance.createDue, when the
// back end starts and once a day (index.ts), with no user then.
import type { WorkOrderSummary } from '../../../../shared/api/workOrders';
import { addDays } from '../../../../shared/customers/dates';
import { dayNumber } from '../../../../shared/calendar/day-numbers';
import { zoneClock } from '../../../../shared/calendar/zone';
import type { HandlerContext } from '../../context';
import { sql } from '../../db/connection';
import { updateVersionedRow } from '../../db/versioned';
import { centerTimeZone, centerToday } from '../../lib/center-time';
import { getCenterSettings } from '../settings';
import { insertWorkOrder, isActiveTechnician } from '../work-orders';
import { findPlan, duePlanRows, type PlanRow } from './repository';

const DESCRIPTION = { 'zh-CN': '日常巡检', en: 'Routine inspection' } as const;

/** The next due date after `today`: `from` moved on by whole intervals. */
export function nextDueAfter(from: string, intervalDays: number, today: string): string {
  const behind = dayNumber(today) - dayNumber(from);
  const steps = behind < 0 ? 0 : Math.floor(behind / intervalDays) + 1;
  return addDays(from, steps * intervalDays);
}

function placeOf(ctx: HandlerContext, plan: PlanRow) {
  const row = sql(
    ctx.db,
    `SELECT COALESCE(p.site_id, e.site_id) AS site_id, COALESCE(s.maintainer_id, c.maintainer_id) AS maintainer_id
     FROM maintenance_plans p JOIN customers c ON c.id = p.customer_id
     LEFT JOIN equipment e ON e.id = p.equipment_id LEFT JOIN sites s ON s.id = COALESCE(p.site_id, e.site_id)
     WHERE p.id = ?`,
  ).get(plan.id) as { site_id: number | null; maintainer_id: number | null };
  // A maintainer who has since left or lost the technician role gets nothing: the dispatcher finds a draft.
  const maintainer = row.maintainer_id !== null && isActiveTechnician(ctx.db, row.maintainer_id) ? row.maintainer_id : null;
  return { siteId: row.site_id, maintainerId: maintainer };
}

/** Inside the caller's write: the inspections of every plan due by the center's today; what was made. */
export function createDueInspections(ctx: HandlerContext, userId: number | null): WorkOrderSummary[] {
  const now = ctx.now();
  const today = centerToday(ctx.db, now);
  const clock = zoneClock(centerTimeZone(ctx.db));
  const language = getCenterSettings(ctx.db).defaultLanguage;
  const created: WorkOrderSummary[] = [];
  for (const plan of duePlanRows(ctx.db, today)) {
    const dueAt = clock.startOfDay(dayNumber(plan.next_due_date) + 1) - 1;
    const made = sql(ctx.db, 'SELECT 1 FROM work_orders WHERE plan_id = ? AND due_at = ?').get(plan.id, dueAt) !== undefined;
    if (!made) {
      const { siteId, maintainerId } = placeOf(ctx, plan);
      const description = plan.notes.trim() === '' ? DESCRIPTION[language] : `${DESCRIPTION[language]}\n${plan.notes.trim()}`;
      const order = insertWorkOrder(
        ctx,
        {
          kind: 'inspection',
          requestId: null,
          planId: plan.id,
          customerId: plan.customer_id,
          siteId,
          equipmentId: plan.equipment_id,
          cause: '',
          nature: '',
          category: '',
          location: '',
          description,
          tools: '',
          expectedAt: null,
          dueAt,
          technicianIds: maintainerId === null ? [] : [maintainerId],
          plannedParts: [],
          dispatched: maintainerId !== null,
        },
        userId,
      );
      created.push(order);
    }
    const before = findPlan(ctx.db, plan.id)!;
    updateVersionedRow(ctx.db, 'maintenance_plans', plan.id, plan.version, { next_due_date: nextDueAfter(plan.next_due_date, plan.interval_days, today) }, now);
    ctx.audit({ entity: 'maintenance_plan', entityId: plan.id, before: auditedPlan(before), after: auditedPlan(findPlan(ctx.db, plan.id)!), userId });
  }
  return created;
}

export function auditedPlan(plan: ReturnType<typeof findPlan> & object) {
  return {
    customerId: plan.customerId,
    siteId: plan.siteId,
    equipmentId: plan.equipmentId,
    intervalDays: plan.intervalDays,
    nextDueDate: plan.nextDueDate,
    active: plan.active,
    notes: plan.notes,
  };
}
