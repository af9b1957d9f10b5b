import { describe, expect, it } from 'vitest';
import { notificationListText, phoneNumbersToCopy, type ModelCustomer } from './notifyList';

const customer = (over: Partial<ModelCustomer>): ModelCustomer => ({
  id: 1,
  code: 'KH-000001',
  name: '上海华通科技有限公司',
  kind: 'organization',
  region: '上海',
  active: true,
  primaryContact: '王经理',
  primaryPhone: '021-6288 5000',
  equipmentCount: 2,
  serialNumbers: ['HT-1', 'HT-2'],
  ...over,
});

describe('the phone numbers of the customers to notify', () => {
  it('lists each number once, as typed, one per line, and skips customers without one', () => {
    const text = phoneNumbersToCopy([
      customer({}),
      customer({ id: 2, primaryPhone: '+86 138 0013 8000' }),
      customer({ id: 3, primaryPhone: null }),
      customer({ id: 4, primaryPhone: '13800138000' }),
      customer({ id: 5, primaryPhone: '0571-8765 4321' }),
    ]);
    expect(text).toBe('021-6288 5000\n+86 138 0013 8000\n0571-8765 4321');
  });

  it('is empty when nobody has a phone', () => {
    expect(phoneNumbersToCopy([customer({ primaryPhone: null }), customer({ primaryPhone: '  ' })])).toBe('');
  });
});

describe('the list of customers to notify, for pasting into a spreadsheet', () => {
  it('has a heading row and one tab-separated row per customer, serial numbers in one cell', () => {
    const text = notificationListText(
      [customer({}), customer({ id: 2, code: 'KH-000002', name: '张伟\t个人', primaryContact: null, primaryPhone: '139 1234 5678', serialNumbers: ['Z-1'] })],
      { code: '客户编号', name: '客户名称', contact: '联系人', phone: '电话', serialNumbers: '序列号' },
    );
    expect(text.split('\n').map((line) => line.split('\t'))).toEqual([
      ['客户编号', '客户名称', '联系人', '电话', '序列号'],
      ['KH-000001', '上海华通科技有限公司', '王经理', '021-6288 5000', 'HT-1, HT-2'],
      ['KH-000002', '张伟 个人', '', '139 1234 5678', 'Z-1'],
    ]);
  });
});
