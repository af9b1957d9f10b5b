// A maintenance plan as its form holds it, and the inputs the methods take from it: pure, so tested without a screen.
import type { MaintenancePlan } from '../../../../shared/api/maintenance';

/** `customer`, `site:<id>` or `equipment:<id>`: one select names the target. */
export type PlanTarget = string;

export interface PlanValues {
  target: PlanTarget;
  intervalDays: string;
  nextDueDate: string;
  notes: string;
  active: boolean;
}

export function planValuesOf(plan: MaintenancePlan | null): PlanValues {
  if (!plan) return { target: 'customer', intervalDays: '90', nextDueDate: '', notes: '', active: true };
  const target = plan.equipmentId !== null ? `equipment:${plan.equipmentId}` : plan.siteId !== null ? `site:${plan.siteId}` : 'customer';
  return { target, intervalDays: String(plan.intervalDays), nextDueDate: plan.nextDueDate, notes: plan.notes, active: plan.active };
}

/** The target as createPlan takes it: nothing for the whole customer, else the site or the unit. */
export function targetOf(target: PlanTarget): { siteId?: number; equipmentId?: number } {
  const match = /^(site|equipment):(\d+)$/.exec(target);
  if (!match) return {};
  return match[1] === 'site' ? { siteId: Number(match[2]) } : { equipmentId: Number(match[2]) };
}

/**
 * The interval as typed (full-width digits too) is a whole number of days, sent as a number; anything else is sent as
 * typed, so the method's input refuses it on its field.
 */
export function planInput(values: PlanValues): { intervalDays: number; nextDueDate: string; notes: string } {
  const typed = values.intervalDays.normalize('NFKC').trim();
  return { intervalDays: (/^\d{1,6}$/.test(typed) ? Number(typed) : typed) as number, nextDueDate: values.nextDueDate, notes: values.notes };
}

/** What a plan visits, in words: the unit, else the site, else the whole customer. */
export function planTargetText(plan: MaintenancePlan, words: { customer: string; site: (name: string) => string; unit: (label: string) => string }): string {
  if (plan.equipmentLabel !== null) return words.unit(plan.equipmentLabel);
  if (plan.siteName !== null) return words.site(plan.siteName);
  return words.customer;
}
