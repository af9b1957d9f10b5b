import type { equipmentApi } from '../../../../shared/api/equipment';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { fieldInvalid, invalidState, notFound, staleVersion } from '../../lib/errors';
import { customerSummaries, findCustomer, findSite, refreshCustomerSearch } from '../customers';
import { recordTimelineEvent } from '../../records/timeline';
import { centerToday } from '../../lib/center-time';
import { codeKey } from '../../../../shared/customers/text';
import {
  customersWithModel,
  ensureModel,
  findEquipment,
  findModel,
  insertEquipment,
  insertRenewal,
  listModels,
  listModelsWithCounts,
  serialTaken,
  updateEquipmentColumns,
  updateModelColumns,
  type EquipmentColumns,
} from './repository';

const serialTakenError = () =>
  fieldInvalid('serialNumber', 'validation.serialTaken', 'Equipment of this model with this serial number is already recorded');

function checkSite(ctx: HandlerContext, siteId: number | null | undefined, customerId: number): void {
  if (siteId == null) return;
  const site = findSite(ctx.db, siteId);
  if (!site || site.customerId !== customerId) {
    throw fieldInvalid('siteId', 'validation.unknownSite', `Site ${siteId} is not a site of this customer`);
  }
}

function equipmentColumns(input: {
  siteId?: number | null;
  category?: string;
  installDate?: string | null;
  acceptanceDate?: string | null;
  warrantyStart?: string | null;
  warrantyEnd?: string | null;
  lifecycle?: EquipmentColumns['lifecycle'];
  notes?: string;
}): EquipmentColumns {
  return {
    site_id: input.siteId,
    category: input.category,
    install_date: input.installDate,
    acceptance_date: input.acceptanceDate,
    warranty_start: input.warrantyStart,
    warranty_end: input.warrantyEnd,
    lifecycle: input.lifecycle,
    notes: input.notes,
  };
}

function checkWarrantyDates(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && end < start) {
    throw fieldInvalid('warrantyEnd', 'validation.warrantyEndBeforeStart', 'The warranty cannot end before it starts');
  }
}

export const equipmentHandlers = {
  'equipment.create': (ctx, input) =>
    ctx.write(() => {
      const customer = findCustomer(ctx.db, input.customerId);
      if (!customer) throw notFound('Customer', input.customerId);
      if (customer.mergedInto !== null) throw invalidState('The customer was merged into another', 'customers.merged');
      checkSite(ctx, input.siteId, customer.id);
      checkWarrantyDates(input.warrantyStart, input.warrantyEnd);
      const now = ctx.now();
      const modelId = ensureModel(ctx.db, input.model, input.productName ?? '', input.category ?? '', now);
      if (serialTaken(ctx.db, modelId, input.serialNumber, null)) throw serialTakenError();
      const id = insertEquipment(ctx.db, customer.id, modelId, input.serialNumber, equipmentColumns(input), now);
      refreshCustomerSearch(ctx.db, customer.id);
      recordTimelineEvent(ctx.db, {
        customerId: customer.id,
        equipmentId: id,
        at: now,
        kind: 'equipment.added',
        actorId: signedIn(ctx).id,
        details: { model: input.model, serialNumber: input.serialNumber },
      });
      const created = findEquipment(ctx.db, id, centerToday(ctx.db, now))!;
      ctx.audit({ entity: 'equipment', entityId: id, after: created });
      return created;
    }),

  'equipment.update': (ctx, input) =>
    ctx.write(() => {
      const now = ctx.now();
      const today = centerToday(ctx.db, now);
      const before = findEquipment(ctx.db, input.id, today);
      if (!before) throw notFound('Equipment', input.id);
      checkSite(ctx, input.siteId, before.customerId);
      checkWarrantyDates(
        input.warrantyStart === undefined ? before.warrantyStart : input.warrantyStart,
        input.warrantyEnd === undefined ? before.warrantyEnd : input.warrantyEnd,
      );
      const modelId = input.model !== undefined ? ensureModel(ctx.db, input.model, input.productName ?? '', input.category ?? '', now) : before.modelId;
      const serialNumber = input.serialNumber ?? before.serialNumber;
      if (serialTaken(ctx.db, modelId, serialNumber, before.id)) throw serialTakenError();
      const columns: EquipmentColumns = {
        ...equipmentColumns(input),
        model_id: modelId,
        ...(input.serialNumber !== undefined && { serial_number: input.serialNumber, serial_key: codeKey(input.serialNumber) }),
      };
      if (!updateEquipmentColumns(ctx.db, input.id, input.version, columns, now)) throw staleVersion('The equipment');
      refreshCustomerSearch(ctx.db, before.customerId);
      const after = findEquipment(ctx.db, input.id, today)!;
      ctx.audit({ entity: 'equipment', entityId: input.id, before, after });
      return after;
    }),

  'equipment.renewWarranty': (ctx, input) =>
    ctx.write(() => {
      const now = ctx.now();
      const today = centerToday(ctx.db, now);
      const before = findEquipment(ctx.db, input.id, today);
      if (!before) throw notFound('Equipment', input.id);
      if (before.warrantyEnd && input.newEnd <= before.warrantyEnd) {
        throw fieldInvalid('newEnd', 'validation.renewalNotLater', 'A renewal must end after the current warranty');
      }
      if (!updateEquipmentColumns(ctx.db, input.id, input.version, { warranty_end: input.newEnd }, now)) {
        throw staleVersion('The equipment');
      }
      const by = signedIn(ctx).id;
      insertRenewal(
        ctx.db,
        { equipmentId: input.id, contractNumber: input.contractNumber, previousEnd: before.warrantyEnd, newEnd: input.newEnd, feeFen: input.feeFen },
        by,
        now,
      );
      recordTimelineEvent(ctx.db, {
        customerId: before.customerId,
        equipmentId: input.id,
        at: now,
        kind: 'warranty.renewed',
        actorId: by,
        details: { contractNumber: input.contractNumber, previousEnd: before.warrantyEnd, newEnd: input.newEnd, feeFen: input.feeFen },
      });
      const after = findEquipment(ctx.db, input.id, today)!;
      ctx.audit({ entity: 'equipment', entityId: input.id, before, after });
      return after;
    }),

  'equipment.models': (ctx, input) => ({
    items: input.withCounts ? listModelsWithCounts(ctx.db, input.status) : listModels(ctx.db, input.status),
  }),

  'equipment.setModelStatus': (ctx, input) =>
    ctx.write(() => {
      const before = findModel(ctx.db, input.id);
      if (!before) throw notFound('Product model', input.id);
      const changed = updateModelColumns(
        ctx.db,
        input.id,
        input.version,
        { status: input.status, successor_model: input.successorModel, notes: input.notes },
        ctx.now(),
      );
      if (!changed) throw staleVersion('The product model');
      const after = findModel(ctx.db, input.id)!;
      ctx.audit({ entity: 'product_model', entityId: input.id, before, after });
      return after;
    }),

  'equipment.modelCustomers': (ctx, input) => {
    if (!findModel(ctx.db, input.modelId)) throw notFound('Product model', input.modelId);
    const serials = customersWithModel(ctx.db, input.modelId);
    return {
      items: customerSummaries(ctx.db, [...serials.keys()]).map((s) => ({ ...s, serialNumbers: serials.get(s.id) ?? [] })),
    };
  },
} satisfies HandlersOf<typeof equipmentApi>;
