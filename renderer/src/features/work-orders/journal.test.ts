import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../../shared/i18n/resources';
import { workOrderDetailLines } from './journal';

const dateTime = (ms: number) => `T${ms}`;
let t: typeof i18next.t;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'en', resources, interpolation: { escapeValue: false } });
  t = instance.t;
});

describe("a work order's step in a repair archive", () => {
  it('tells who was sent and when they are expected', () => {
    expect(workOrderDetailLines(t, { workOrderId: 1, number: 'PG-1', technicians: ['吴海涛', '李工'], expectedAt: 5 }, 'en', dateTime)).toEqual([
      'Technicians: 吴海涛, 李工',
      'Expected: T5',
    ]);
  });

  it('tells each part issued or returned with its quantity and unit', () => {
    const parts = [
      { partId: 1, code: 'JDQ-24V', name: '继电器', unit: '个', kind: 'issue', quantity: 2 },
      { partId: 2, code: 'DL-1', name: '电缆', unit: '米', kind: 'return', quantity: 1.5 },
    ];
    expect(workOrderDetailLines(t, { parts }, 'en', dateTime)).toEqual(['Issued JDQ-24V 继电器: 2 个', 'Returned DL-1 电缆: 1.5 米']);
  });

  it('tells the outcome, the arrival late against the deadline, and a drawn sign-off', () => {
    expect(workOrderDetailLines(t, { at: 7, late: true }, 'en', dateTime)).toEqual(['Arrived: T7', 'Late against the on-site deadline']);
    expect(workOrderDetailLines(t, { outcome: 'factory_repair', completedAt: 9 }, 'en', dateTime)).toEqual(['Outcome: Needs factory repair', 'Completed: T9']);
    expect(workOrderDetailLines(t, { signedName: '张三', signedAt: 11, signature: true }, 'en', dateTime)).toEqual(['Signed off by 张三 at T11, signature drawn']);
  });
});
