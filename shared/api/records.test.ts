import { describe, expect, it } from 'vitest';
import { changedRecordOf } from './records';

describe('the record a write changed', () => {
  it('is the record its input names, at the version its answer has', () => {
    expect(changedRecordOf('customers.update', { id: 7, version: 2, name: '镇江' }, { id: 7, version: 3, name: '镇江' })).toEqual({ kind: 'customer', id: 7, version: 3 });
    expect(changedRecordOf('complaints.sign', { id: 4, version: 5 }, { id: 4, version: 6, number: 'TS-1' })).toEqual({ kind: 'complaint', id: 4, version: 6 });
    // A site and a customer of the same id are two records.
    expect(changedRecordOf('customers.updateSite', { id: 7, version: 0 }, { id: 7, version: 1 })).toEqual({ kind: 'site', id: 7, version: 1 });
  });

  it('has no version when the answer is not the record (a progress message answers its log line)', () => {
    expect(changedRecordOf('requests.addProgress', { id: 9, message: '已联系厂家' }, { id: 31, at: 1, kind: 'progress' })).toEqual({ kind: 'request', id: 9, version: null });
    expect(changedRecordOf('users.resetPassword', { id: 3, newPassword: 'x' }, { reset: true })).toEqual({ kind: 'user', id: 3, version: null });
  });

  it('is none for a write that creates records or names none by id, and for a read', () => {
    expect(changedRecordOf('customers.create', { name: '镇江' }, { id: 8, version: 0 })).toBeNull();
    expect(changedRecordOf('requests.addNote', { id: 9, text: '备注' }, { id: 32 })).toBeNull();
    expect(changedRecordOf('customers.merge', { sourceId: 1, targetId: 2, sourceVersion: 0, targetVersion: 0 }, { id: 2, version: 1 })).toBeNull();
    expect(changedRecordOf('customers.get', { id: 7 }, { id: 7, version: 3 })).toBeNull();
  });
});
