// Sample inputs of the work orders' and maintenance plans' methods (see ../sample-inputs.ts). PLACEHOLDER `prepare`:
// the records they refer to are made by the work orders' back end (issue 18).
import { ref, type DomainSamples } from './types';

const versioned = (stage: string) => (c: Parameters<typeof ref>[0]) => ({ id: ref(c, `workOrders.${stage}Id`), version: ref(c, `workOrders.${stage}Version`) });

export const workOrdersSamples: DomainSamples<'workOrders'> = {
  inputs: {
    'workOrders.create': (c) => ({ requestId: ref(c, 'workOrders.requestId'), technicianIds: [ref(c, 'workOrders.technicianId')], description: `样例派工 ${c.seq}` }),
    'workOrders.update': (c) => ({ ...versioned('draft')(c), tools: '万用表、绝缘电阻表' }),
    'workOrders.dispatch': versioned('draft'),
    'workOrders.arrive': versioned('dispatched'),
    'workOrders.recordParts': (c) => ({ ...versioned('onSite')(c), lines: [{ partId: ref(c, 'workOrders.partId'), kind: 'issue', quantity: 1 }] }),
    'workOrders.complete': (c) => ({
      ...versioned('onSite')(c),
      measures: '更换密封圈，试运行正常',
      outcome: 'solved',
      conduct: { tidyDress: true, companyBadge: true, shoeCovers: true, siteCleaned: true },
    }),
    'workOrders.signOff': (c) => ({ ...versioned('completed')(c), signedName: '周立' }),
    'workOrders.cancel': (c) => ({ ...versioned('draft')(c), reason: '样例：用户已自行排除' }),
    'workOrders.get': (c) => ({ id: ref(c, 'workOrders.dispatchedId') }),
    'workOrders.forRequest': (c) => ({ requestId: ref(c, 'workOrders.requestId') }),
    'workOrders.mine': () => ({}),
    'workOrders.board': () => ({}),
  },
};

export const maintenanceSamples: DomainSamples<'maintenance'> = {
  inputs: {
    'maintenance.plans': () => ({}),
    'maintenance.forCustomer': (c) => ({ customerId: c.customerId }),
    'maintenance.createPlan': (c) => ({ customerId: c.customerId, intervalDays: 90, nextDueDate: '2027-01-15' }),
    'maintenance.updatePlan': (c) => ({ id: ref(c, 'maintenance.planId'), version: ref(c, 'maintenance.planVersion'), intervalDays: 60 }),
    'maintenance.setMaintainer': (c) => ({ customerId: c.customerId, maintainerId: ref<number>(c, 'workOrders.technicianId') }),
    'maintenance.createDue': () => ({}),
  },
};
