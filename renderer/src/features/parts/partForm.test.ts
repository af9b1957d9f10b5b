// The part dialog's values and the stock dialogs' inputs: what each method is sent.
import { describe, expect, it } from 'vitest';
import { api } from '../../../../shared/api';
import type { Part } from '../../../../shared/api/parts';
import { createInput, fenText, partValues, stockInput, updateInput } from './partForm';

const part: Part = {
  id: 3,
  code: 'FL-01',
  name: '滤芯',
  spec: 'Φ60',
  unit: '米',
  decimals: 2,
  bin: 'A-01',
  status: 'active',
  onHand: 12.5,
  reorderPoint: 2.25,
  low: false,
  valueFen: 1000,
  averageCostFen: 80,
  unitCostFen: 1205,
  notes: '',
  models: [{ id: 1, model: 'XR-200' }],
  substitutes: [],
  substituteFor: [],
  version: 4,
  createdAt: 0,
  updatedAt: 0,
};

describe('the part dialog', () => {
  it('shows money in yuan and quantities as plain text', () => {
    expect(fenText(1205)).toBe('12.05');
    expect(fenText(1200)).toBe('12');
    expect(fenText(0)).toBe('0');
    expect(partValues(part)).toMatchObject({ reorderPoint: '2.25', unitCost: '12.05', models: ['XR-200'] });
  });

  it('sends what the methods accept, full-width digits read by their schema', () => {
    const values = { ...partValues(null), code: 'ＦＬ-02', name: '密封圈', reorderPoint: '１０', unitCost: '３.５' };
    const created = api['parts.create'].input.parse(createInput(values));
    expect(created).toMatchObject({ code: 'FL-02', reorderPoint: 10_000, unitCostFen: 350, unit: '个' });
    const updated = api['parts.update'].input.parse(updateInput({ ...partValues(part), reorderPoint: '' }, 3, 4));
    expect(updated).toMatchObject({ id: 3, version: 4, reorderPoint: 0, unitCostFen: 1205, status: 'active' });
  });

  it('leaves an amount that is not yuan for the form to refuse', () => {
    expect(createInput({ ...partValues(null), unitCost: '12.345' }).unitCostFen).toBeUndefined();
  });
});

describe('the stock dialogs', () => {
  const values = { quantity: '２', unitCost: '', note: ' 到货 ' };

  it('gives each method exactly its fields', () => {
    expect(api['stock.receive'].input.parse(stockInput('receive', 3, { ...values, unitCost: '12.5' }))).toEqual({ partId: 3, quantity: 2000, unitCostFen: 1250, note: '到货' });
    expect(api['stock.receive'].input.parse(stockInput('receive', 3, values))).toEqual({ partId: 3, quantity: 2000, note: '到货' });
    expect(api['stock.issue'].input.parse(stockInput('issue', 3, { ...values, note: '' }))).toEqual({ partId: 3, quantity: 2000 });
    expect(api['stock.returnToStock'].input.parse(stockInput('returnToStock', 3, values))).toEqual({ partId: 3, quantity: 2000, note: '到货' });
    expect(api['stock.adjust'].input.parse(stockInput('adjust', 3, { ...values, quantity: '-1.5' }))).toEqual({ partId: 3, quantity: -1500, reason: '到货' });
  });

  it('refuses an adjustment without its reason', () => {
    expect(api['stock.adjust'].input.safeParse(stockInput('adjust', 3, { ...values, note: '  ' })).success).toBe(false);
  });
});
