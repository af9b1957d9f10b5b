// The life of a work order (故障处理派工单, DOMAIN.md "Work orders"): 草稿 draft → 已派工 dispatched → 已到场 on site →
// 已完工 completed → 已签认 signed off, or 已取消 cancelled before anyone is on site. A seat or information manager
// drafts and dispatches it; the technicians on it record their arrival, the measures taken and the parts used and
// returned (while on site or completed), and the customer's sign-off. Whether a technician is on this work order is the
// back end's check; the table says which roles may take a step at all.
import type { Role } from '../api/roles';
import { workflow } from '../workflow/table';

export const WORK_ORDER_STATES = ['draft', 'dispatched', 'on_site', 'completed', 'signed_off', 'cancelled'] as const;
export type WorkOrderState = (typeof WORK_ORDER_STATES)[number];

/** 派工: the seat manager (座席管理员) and the information manager (信息管理员). */
export const DISPATCHERS: readonly Role[] = ['seat_manager', 'info_manager'];
/** 维修人员: the technicians, each on their own work orders. */
export const TECHNICIANS: readonly Role[] = ['technician'];

export const WORK_ORDER_WORKFLOW = workflow(WORK_ORDER_STATES, {
  /** The fault, the technicians, the parts and tools to bring, the time the customer was told: before anyone is there. */
  update: { from: ['draft', 'dispatched'], roles: DISPATCHERS },
  dispatch: { from: ['draft'], to: 'dispatched', roles: DISPATCHERS },
  arrive: { from: ['dispatched'], to: 'on_site', roles: TECHNICIANS },
  /** A part issued to the work order or returned from it (领用 / 退库 movements in the store). */
  recordParts: { from: ['on_site', 'completed'], roles: TECHNICIANS },
  complete: { from: ['on_site'], to: 'completed', roles: TECHNICIANS },
  /** 用户签认: the customer's name, time and drawn signature. */
  signOff: { from: ['completed'], to: 'signed_off', roles: TECHNICIANS },
  cancel: { from: ['draft', 'dispatched'], to: 'cancelled', roles: DISPATCHERS },
});

export type WorkOrderAction = (typeof WORK_ORDER_WORKFLOW.actions)[number];
