import { describe, expect, it } from 'vitest';
import type { MaintenancePlan } from '../../../../shared/api/maintenance';
import { planInput, planTargetText, planValuesOf, targetOf } from './plans';

const plan = (over: Partial<MaintenancePlan>): MaintenancePlan => ({
  id: 1,
  customerId: 7,
  customerName: '华东电厂',
  siteId: null,
  siteName: null,
  equipmentId: null,
  equipmentLabel: null,
  intervalDays: 30,
  nextDueDate: '2026-12-20',
  active: true,
  notes: '',
  maintainerId: null,
  maintainerName: null,
  lastWorkOrder: null,
  version: 1,
  ...over,
});

describe('a maintenance plan in its form', () => {
  it('names its target in one value and back', () => {
    expect(planValuesOf(plan({})).target).toBe('customer');
    expect(planValuesOf(plan({ siteId: 3, siteName: '一号站' })).target).toBe('site:3');
    expect(planValuesOf(plan({ siteId: 3, equipmentId: 9, equipmentLabel: 'M · S' })).target).toBe('equipment:9');
    expect(targetOf('customer')).toEqual({});
    expect(targetOf('site:3')).toEqual({ siteId: 3 });
    expect(targetOf('equipment:9')).toEqual({ equipmentId: 9 });
  });

  it('sends an interval typed in digits (full-width too) as a number, anything else as typed for the input to refuse', () => {
    const values = { ...planValuesOf(null), nextDueDate: '2026-12-20' };
    expect(planInput({ ...values, intervalDays: ' ９０ ' }).intervalDays).toBe(90);
    expect(planInput({ ...values, intervalDays: '3 months' }).intervalDays).toBe('3 months');
  });

  it('says what it visits: the unit before the site before the customer', () => {
    const words = { customer: 'all', site: (name: string) => `site ${name}`, unit: (label: string) => `unit ${label}` };
    expect(planTargetText(plan({}), words)).toBe('all');
    expect(planTargetText(plan({ siteName: 'A' }), words)).toBe('site A');
    expect(planTargetText(plan({ siteName: 'A', equipmentLabel: 'M · S' }), words)).toBe('unit M · S');
  });
});
