// What a work order's step says in a request's service log and in a repair archive (维修档案): the details the back end
// writes with each step (electron/backend/features/work-orders/journal.ts) in the user's words, so a device's archive
// tells who was sent, when they arrived, the parts they used and returned, the outcome and who signed.
import type { TFunction } from 'i18next';
import { WORK_ORDER_OUTCOMES } from '../../../../shared/api/workOrders';
import { formatQuantity } from '../../../../shared/parts/quantity';

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const names = (value: unknown): string[] => (Array.isArray(value) ? value.map(str).filter(Boolean) : []);

interface PartLine {
  code: string;
  name: string;
  unit: string;
  kind: string;
  quantity: number;
}

const isPartLine = (value: unknown): value is PartLine =>
  typeof value === 'object' && value !== null && typeof (value as PartLine).code === 'string' && typeof (value as PartLine).quantity === 'number';

/** The lines of a step's details, each one short sentence; `t` may be bound to any namespace (keys are prefixed). */
export function workOrderDetailLines(t: TFunction, d: Record<string, unknown>, language: string, dateTime: (ms: number) => string): string[] {
  const lines: string[] = [];
  const key = (name: string, params: Record<string, unknown> = {}) => lines.push(t(`workOrders:journal.${name}`, params));
  const separator = t('workOrders:separator');
  if (d.kind === 'inspection') key('inspection');
  const technicians = names(d.technicians);
  if (technicians.length > 0) key('technicians', { names: technicians.join(separator) });
  if (typeof d.expectedAt === 'number') key('expectedAt', { time: dateTime(d.expectedAt) });
  if (typeof d.at === 'number') key('arrivedAt', { time: dateTime(d.at) });
  if (d.late === true) key('late');
  if (d.requestArrival === true) key('requestArrival');
  if (Array.isArray(d.parts)) {
    for (const part of d.parts.filter(isPartLine)) {
      key(part.kind === 'return' ? 'returned' : 'issued', { part: `${part.code} ${part.name}`, quantity: `${formatQuantity(Math.round(part.quantity * 1000), language)} ${part.unit}` });
    }
  }
  if (typeof d.outcome === 'string' && (WORK_ORDER_OUTCOMES as readonly string[]).includes(d.outcome)) key('outcome', { outcome: t(`workOrders:outcomes.${d.outcome}`) });
  if (typeof d.completedAt === 'number') key('completedAt', { time: dateTime(d.completedAt) });
  if (d.requestSolved === true) key('requestSolved');
  if (str(d.signedName) !== '') key(d.signature === true ? 'signedDrawn' : 'signed', { name: str(d.signedName), time: typeof d.signedAt === 'number' ? dateTime(d.signedAt) : '' });
  if (str(d.reason) !== '') key('reason', { reason: str(d.reason) });
  const changed = names(d.changed).filter((field) => field !== 'technicianIds');
  if (Array.isArray(d.changed) && d.changed.length > 0) {
    key('changed', { fields: [...changed, ...(names(d.changed).includes('technicianIds') ? ['technicians'] : [])].map((field) => t(`workOrders:fields.${field}`, { defaultValue: field })).join(separator) });
  }
  return lines;
}
