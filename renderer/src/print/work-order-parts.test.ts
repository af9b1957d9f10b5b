import { describe, expect, it } from 'vitest';
import type { WorkOrderPartMovement } from '../../../shared/api/workOrders';
import { sheetPartRows } from './work-order-parts';

const movement = (over: Partial<WorkOrderPartMovement>): WorkOrderPartMovement => ({
  movementId: 1,
  partId: 1,
  code: 'JDQ-24V',
  name: '继电器',
  unit: '个',
  kind: 'issue',
  quantity: 1,
  valueFen: 100,
  at: 0,
  byName: null,
  reversedById: null,
  ...over,
});

describe('the printed work order’s parts', () => {
  it('puts the issues and returns of a part on one row, the used quantity their difference, in the order first moved', () => {
    const rows = sheetPartRows({
      partMovements: [
        movement({ movementId: 1, partId: 2, code: 'DL-1', name: '电缆', unit: '米', quantity: 2.5 }),
        movement({ movementId: 2, partId: 1, quantity: 3 }),
        movement({ movementId: 3, partId: 2, code: 'DL-1', name: '电缆', unit: '米', kind: 'return', quantity: 0.7 }),
        movement({ movementId: 4, partId: 1, kind: 'return', quantity: 1 }),
      ],
    });
    expect(rows).toEqual([
      { partId: 2, code: 'DL-1', name: '电缆', unit: '米', issued: 2.5, returned: 0.7, used: 1.8 },
      { partId: 1, code: 'JDQ-24V', name: '继电器', unit: '个', issued: 3, returned: 1, used: 2 },
    ]);
  });

  it('leaves out a movement reversed at the store', () => {
    const rows = sheetPartRows({ partMovements: [movement({ quantity: 5, reversedById: 9 }), movement({ movementId: 2, quantity: 1 })] });
    expect(rows).toEqual([{ partId: 1, code: 'JDQ-24V', name: '继电器', unit: '个', issued: 1, returned: 0, used: 1 }]);
  });

  it('is empty when no part moved', () => {
    expect(sheetPartRows({ partMovements: [] })).toEqual([]);
  });
});
