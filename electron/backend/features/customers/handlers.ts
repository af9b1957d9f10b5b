import type { customersApi } from '../../../../shared/api/customers';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { fieldInvalid, invalidState, notFound, staleVersion } from '../../lib/errors';
import { customerCode, nextInSequence } from '../../lib/numbers';
import { centerToday } from '../../lib/center-time';
import { findDuplicateCandidates, listCustomers } from './queries';
import {
  findCustomer,
  findSite,
  insertCustomer,
  insertSite,
  markMerged,
  moveCustomerRecords,
  regionsInUse,
  replaceContacts,
  updateCustomerColumns,
  updateSiteColumns,
} from './repository';
import { searchCustomers } from './search';
import { refreshCustomerSearch } from './search-index';
import { recordTimelineEvent } from '../../records/timeline';
import { listTimeline, moveTimeline } from './timeline';

function existingCustomer(ctx: HandlerContext, id: number) {
  const customer = findCustomer(ctx.db, id);
  if (!customer) throw notFound('Customer', id);
  return customer;
}

/** A merged customer is kept only as a pointer to the one that holds its records now; it is not edited. */
function editableCustomer(ctx: HandlerContext, id: number) {
  const customer = existingCustomer(ctx, id);
  if (customer.mergedInto !== null) {
    throw invalidState(`Customer ${customer.code} was merged into another customer`, 'customers.merged');
  }
  return customer;
}

/** The customer's page (customers.get) shows equipment and documents too: it is assembled in features/customer-page. */
export const customersHandlers = {
  'customers.search': (ctx, input) => ({
    items: searchCustomers(ctx.db, input.query, { limit: input.limit ?? 20, includeInactive: input.includeInactive ?? false }),
  }),

  'customers.list': (ctx, input) =>
    listCustomers(
      ctx.db,
      {
        sort: input.sort ?? 'name',
        ...(input.region !== undefined && { region: input.region }),
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.active !== undefined && { active: input.active }),
        ...(input.warrantyStatus !== undefined && { warrantyStatus: input.warrantyStatus }),
        today: centerToday(ctx.db, ctx.now()),
      },
      input.after,
      input.limit ?? 50,
    ),

  'customers.regions': (ctx) => ({ items: regionsInUse(ctx.db) }),

  'customers.create': (ctx, input) =>
    ctx.write(() => {
      const now = ctx.now();
      const code = customerCode(nextInSequence(ctx.db, 'customer'));
      const id = insertCustomer(ctx.db, code, input, now);
      replaceContacts(ctx.db, id, input.contacts);
      for (const site of input.sites ?? []) insertSite(ctx.db, id, site, now);
      refreshCustomerSearch(ctx.db, id);
      recordTimelineEvent(ctx.db, {
        customerId: id,
        at: now,
        kind: 'customer.created',
        actorId: signedIn(ctx).id,
        details: { code, name: input.name },
      });
      const created = findCustomer(ctx.db, id)!;
      ctx.audit({ entity: 'customer', entityId: id, after: created });
      return created;
    }),

  'customers.update': (ctx, input) =>
    ctx.write(() => {
      const before = editableCustomer(ctx, input.id);
      const { id, version, contacts, ...fields } = input;
      if (!updateCustomerColumns(ctx.db, id, version, fields, ctx.now())) throw staleVersion('The customer');
      if (contacts !== undefined) replaceContacts(ctx.db, id, contacts);
      refreshCustomerSearch(ctx.db, id);
      const after = findCustomer(ctx.db, id)!;
      ctx.audit({ entity: 'customer', entityId: id, before, after });
      return after;
    }),

  'customers.findDuplicates': (ctx, input) => ({
    items: findDuplicateCandidates(ctx.db, input.name, input.phones ?? [], input.excludeId ?? null),
  }),

  'customers.merge': (ctx, input) =>
    ctx.write(() => {
      if (input.sourceId === input.targetId) {
        throw fieldInvalid('targetId', 'validation.mergeIntoItself', 'A customer cannot be merged into itself');
      }
      const source = editableCustomer(ctx, input.sourceId);
      const target = editableCustomer(ctx, input.targetId);
      const now = ctx.now();
      moveCustomerRecords(ctx.db, source.id, target.id);
      moveTimeline(ctx.db, source.id, target.id);
      if (!markMerged(ctx.db, source.id, input.sourceVersion, target.id, now)) throw staleVersion('The customer merged away');
      if (!updateCustomerColumns(ctx.db, target.id, input.targetVersion, {}, now)) throw staleVersion('The customer merged into');
      refreshCustomerSearch(ctx.db, source.id);
      refreshCustomerSearch(ctx.db, target.id);
      recordTimelineEvent(ctx.db, {
        customerId: target.id,
        at: now,
        kind: 'customer.merged',
        actorId: signedIn(ctx).id,
        details: { fromCode: source.code, fromName: source.name },
      });
      const merged = findCustomer(ctx.db, target.id)!;
      ctx.audit({
        entity: 'customer',
        entityId: target.id,
        before: { source, target },
        after: { merged, sourceMergedInto: target.id },
      });
      return merged;
    }),

  'customers.timeline': (ctx, input) => {
    const limit = input.limit ?? 50;
    const owner = input.equipmentId !== undefined ? { equipmentId: input.equipmentId } : { customerId: input.customerId! };
    const items = listTimeline(ctx.db, owner, input.before ?? null, limit + 1);
    const page = items.slice(0, limit);
    return { items: page, nextCursor: items.length > limit ? page[page.length - 1]!.id : null };
  },

  'customers.addSite': (ctx, input) =>
    ctx.write(() => {
      const { customerId, ...site } = input;
      editableCustomer(ctx, customerId);
      const id = insertSite(ctx.db, customerId, site, ctx.now());
      const created = findSite(ctx.db, id)!;
      ctx.audit({ entity: 'site', entityId: id, after: created });
      return created;
    }),

  'customers.updateSite': (ctx, input) =>
    ctx.write(() => {
      const before = findSite(ctx.db, input.id);
      if (!before) throw notFound('Site', input.id);
      const { id, version, ...fields } = input;
      if (!updateSiteColumns(ctx.db, id, version, fields, ctx.now())) throw staleVersion('The site');
      const after = findSite(ctx.db, id)!;
      ctx.audit({ entity: 'site', entityId: id, before, after });
      return after;
    }),
} satisfies Omit<HandlersOf<typeof customersApi>, 'customers.get'>;
