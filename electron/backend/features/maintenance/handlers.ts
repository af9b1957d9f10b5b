// Planned maintenance (日常巡检) and the dedicated maintainer (专职维护人员): plans of visits to a customer, a site or a
// unit; the maintainer of a customer or a site; the inspections made when plans are due (due.ts).
import type { maintenanceApi } from '../../../../shared/api/maintenance';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { sql } from '../../db/connection';
import { insertRow, updateVersionedRow } from '../../db/versioned';
import { fieldInvalid, notFound, staleVersion } from '../../lib/errors';
import { isActiveTechnician } from '../work-orders';
import { auditedPlan, createDueInspections } from './due';
import { customerMaintenance, findPlan, findPlanRow, listPlans } from './repository';

function checkCustomer(ctx: HandlerContext, customerId: number): void {
  if (sql(ctx.db, 'SELECT 1 FROM customers WHERE id = ?').get(customerId) === undefined) {
    throw fieldInvalid('customerId', 'validation.unknownCustomer', `Customer ${customerId} does not exist`);
  }
}

/** A site given must be the customer's own. */
function checkSite(ctx: HandlerContext, customerId: number, siteId: number): void {
  const owner = sql(ctx.db, 'SELECT customer_id FROM sites WHERE id = ?').pluck().get(siteId) as number | undefined;
  if (owner === undefined) throw fieldInvalid('siteId', 'validation.unknownSite', `Site ${siteId} does not exist`);
  if (owner !== customerId) throw fieldInvalid('siteId', 'maintenance.siteOfOtherCustomer', `Site ${siteId} belongs to another customer`);
}

export const maintenanceHandlers = {
  'maintenance.plans': (ctx, input) => listPlans(ctx.db, input),

  'maintenance.forCustomer': (ctx, input) => {
    const found = customerMaintenance(ctx.db, input.customerId);
    if (!found) throw notFound('Customer', input.customerId);
    return found;
  },

  'maintenance.createPlan': (ctx, input) =>
    ctx.write(() => {
      const me = signedIn(ctx);
      const now = ctx.now();
      checkCustomer(ctx, input.customerId);
      if (input.siteId !== undefined) checkSite(ctx, input.customerId, input.siteId);
      if (input.equipmentId !== undefined) {
        const owner = sql(ctx.db, 'SELECT customer_id FROM equipment WHERE id = ?').pluck().get(input.equipmentId) as number | undefined;
        if (owner === undefined) throw fieldInvalid('equipmentId', 'validation.unknownEquipment', `Equipment ${input.equipmentId} does not exist`);
        if (owner !== input.customerId) throw fieldInvalid('equipmentId', 'validation.equipmentOfOtherCustomer', `Equipment ${input.equipmentId} belongs to another customer`);
      }
      const id = insertRow(ctx.db, 'maintenance_plans', {
        customer_id: input.customerId,
        site_id: input.siteId ?? null,
        equipment_id: input.equipmentId ?? null,
        interval_days: input.intervalDays,
        next_due_date: input.nextDueDate,
        notes: input.notes ?? '',
        created_by: me.id,
        created_at: now,
        updated_at: now,
      });
      const plan = findPlan(ctx.db, id)!;
      ctx.audit({ entity: 'maintenance_plan', entityId: id, after: auditedPlan(plan) });
      return plan;
    }),

  'maintenance.updatePlan': (ctx, input) =>
    ctx.write(() => {
      const row = findPlanRow(ctx.db, input.id);
      if (!row) throw notFound('Maintenance plan', input.id);
      if (row.version !== input.version) throw staleVersion('The maintenance plan');
      const before = findPlan(ctx.db, row.id)!;
      const columns = {
        interval_days: input.intervalDays,
        next_due_date: input.nextDueDate,
        active: input.active === undefined ? undefined : input.active ? 1 : 0,
        notes: input.notes,
      };
      if (!updateVersionedRow(ctx.db, 'maintenance_plans', row.id, input.version, columns, ctx.now())) throw staleVersion('The maintenance plan');
      const plan = findPlan(ctx.db, row.id)!;
      ctx.audit({ entity: 'maintenance_plan', entityId: row.id, before: auditedPlan(before), after: auditedPlan(plan) });
      return plan;
    }),

  'maintenance.setMaintainer': (ctx, input) =>
    ctx.write(() => {
      checkCustomer(ctx, input.customerId);
      if (input.siteId !== undefined) checkSite(ctx, input.customerId, input.siteId);
      if (input.maintainerId !== null && !isActiveTechnician(ctx.db, input.maintainerId)) {
        throw fieldInvalid('maintainerId', 'maintenance.notTechnician', `User ${input.maintainerId} is not an active technician`);
      }
      // The maintainer is not one of the fields the customer's or site's form edits: set without their version, so
      // naming him does not make an open edit of the archive stale.
      const [table, id] = input.siteId === undefined ? (['customers', input.customerId] as const) : (['sites', input.siteId] as const);
      const before = sql(ctx.db, `SELECT maintainer_id FROM ${table} WHERE id = ?`).pluck().get(id) as number | null;
      sql(ctx.db, `UPDATE ${table} SET maintainer_id = ? WHERE id = ?`).run(input.maintainerId, id);
      ctx.audit({ entity: input.siteId === undefined ? 'customer' : 'site', entityId: id, before: { maintainerId: before }, after: { maintainerId: input.maintainerId } });
      const name = input.maintainerId === null ? null : (sql(ctx.db, 'SELECT display_name FROM users WHERE id = ?').pluck().get(input.maintainerId) as string);
      return { customerId: input.customerId, siteId: input.siteId ?? null, maintainerId: input.maintainerId, maintainerName: name };
    }),

  'maintenance.createDue': (ctx) => ctx.write(() => ({ created: createDueInspections(ctx, signedIn(ctx).id) })),
} satisfies HandlersOf<typeof maintenanceApi>;
