// The customer's page (用户档案, `customers.get`): the customer with contacts and phones, sites, equipment, handover
// documents and the newest events of the repair archive. It shows what three features keep, and equipment and
// documents are built on customers, so the page is assembled here, above all three, rather than in the customers
// feature (which would then depend on the features that depend on it). The method stays in the customers domain of
// the contract; the joined handler map (../../handlers.ts) checks that every method has its handler.
import type { customersApi } from '../../../../shared/api/customers';
import type { HandlersOf } from '../../context';
import { centerToday } from '../../lib/center-time';
import { notFound } from '../../lib/errors';
import { findCustomer, listTimeline, sitesOf } from '../customers';
import { documentsOf } from '../documents';
import { equipmentOf } from '../equipment';

const TIMELINE_ON_PAGE = 50;

export const customerPageHandlers = {
  'customers.get': (ctx, input) => {
    const customer = findCustomer(ctx.db, input.id);
    if (!customer) throw notFound('Customer', input.id);
    const today = centerToday(ctx.db, ctx.now());
    return {
      customer,
      sites: sitesOf(ctx.db, customer.id),
      equipment: equipmentOf(ctx.db, customer.id, today),
      documents: documentsOf(ctx.db, customer.id),
      timeline: listTimeline(ctx.db, { customerId: customer.id }, null, TIMELINE_ON_PAGE),
    };
  },
} satisfies Pick<HandlersOf<typeof customersApi>, 'customers.get'>;
