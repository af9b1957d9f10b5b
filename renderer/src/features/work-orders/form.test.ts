import { describe, expect, it } from 'vitest';
import type { ServiceRequest } from '../../../../shared/api/requests';
import { byUrgency, detailsInput, lineFieldOf, valuesFromRequest } from './form';

describe('the board’s order', () => {
  it('puts the late ones first, then by day, then by number', () => {
    const rows = [
      { number: 'PG-3', late: false, dayAt: 100 },
      { number: 'PG-2', late: true, dayAt: 300 },
      { number: 'PG-1', late: false, dayAt: 100 },
      { number: 'PG-4', late: true, dayAt: 200 },
    ];
    expect(byUrgency(rows).map((row) => row.number)).toEqual(['PG-4', 'PG-2', 'PG-1', 'PG-3']);
  });
});

describe('the work order form', () => {
  it('starts from the fault report: its fault and its words, the subject once', () => {
    const request = { subject: '主变保护装置告警', description: '主变保护装置告警\n面板红灯常亮', fault: { nature: '硬件', category: '保护', location: '一号主变' } } as unknown as ServiceRequest;
    const values = valuesFromRequest(request);
    expect(values).toMatchObject({ nature: '硬件', category: '保护', location: '一号主变', technicianIds: [], plannedParts: [], expectedAt: null });
    expect(values.description).toBe('主变保护装置告警\n面板红灯常亮');
    expect(valuesFromRequest({ ...request, description: '面板红灯常亮' }).description).toBe('主变保护装置告警\n面板红灯常亮');
    expect(valuesFromRequest({ ...request, description: '' }).description).toBe('主变保护装置告警');
  });

  it('sends the parts to bring by id with the quantity as typed, a line without a part as it is', () => {
    const input = detailsInput({
      cause: '',
      nature: '',
      category: '',
      location: '',
      description: 'x',
      tools: '',
      technicianIds: [3],
      expectedAt: null,
      plannedParts: [
        { part: { id: 7 } as never, quantity: '2' },
        { part: null, quantity: '1' },
      ],
    });
    expect(input.plannedParts).toEqual([
      { partId: 7, quantity: '2' },
      { partId: undefined, quantity: '1' },
    ]);
  });

  it('puts a refused line’s issue on the line’s field: the part for its id, the quantity for the stock refusal', () => {
    expect(lineFieldOf('lines')('lines.2.quantity')).toBe('lines.2.quantity');
    expect(lineFieldOf('lines')('lines.0.partId')).toBe('lines.0.part');
    expect(lineFieldOf('plannedParts')('plannedParts.1.partId')).toBe('plannedParts.1.part');
    expect(lineFieldOf('lines')('lines')).toBeNull();
    expect(lineFieldOf('lines')('measures')).toBeUndefined();
  });
});
