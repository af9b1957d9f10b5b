import { describe, expect, it } from 'vitest';
import type { ChangeNotice } from '../../../shared/live';
import { changeOfRecord, editedRecordOf } from './changedElsewhere';

const customer7 = { kind: 'customer', id: 7, version: 3 } as const;
const notice = (record: ChangeNotice['record'], byName: string | null = '林晓雯'): ChangeNotice => ({ method: 'customers.update', byName, at: 1_700_000_000_000, record });

describe('the record a form edits', () => {
  it('is the one its input names, at the version it sends, of the kind its method changes', () => {
    expect(editedRecordOf('customers.update', { id: 7, version: 3, name: '镇江' })).toEqual(customer7);
    expect(editedRecordOf('complaints.sign', { id: 4, version: 0 })).toEqual({ kind: 'complaint', id: 4, version: 0 });
    expect(editedRecordOf('customers.updateSite', { id: 7, version: 3 })).toEqual({ kind: 'site', id: 7, version: 3 });
  });

  it('is none for a new record, a form without a version, or an input that could not be made', () => {
    expect(editedRecordOf('customers.create', { name: '镇江' })).toBeNull();
    expect(editedRecordOf('requests.addNote', { id: 9, text: '备注' })).toBeNull();
    expect(editedRecordOf('customers.update', null)).toBeNull();
  });
});

describe('a change notice, to a form editing a record', () => {
  it('says who changed that very record, and when', () => {
    expect(changeOfRecord(notice({ kind: 'customer', id: 7, version: 4 }), customer7)).toEqual({ kind: 'customer', byName: '林晓雯', at: 1_700_000_000_000 });
    // The back end's own work names nobody.
    expect(changeOfRecord(notice({ kind: 'customer', id: 7, version: 4 }, null), customer7)).toMatchObject({ byName: null });
    // A write whose answer did not say the version (a progress message) changed it all the same.
    expect(changeOfRecord(notice({ kind: 'customer', id: 7, version: null }), customer7)).not.toBeNull();
  });

  it('says nothing of another record, a record of another kind with the same id, or a version the form already holds', () => {
    expect(changeOfRecord(notice({ kind: 'customer', id: 8, version: 4 }), customer7)).toBeNull();
    expect(changeOfRecord(notice({ kind: 'site', id: 7, version: 4 }), customer7)).toBeNull();
    expect(changeOfRecord(notice({ kind: 'customer', id: 7, version: 3 }), customer7)).toBeNull();
    expect(changeOfRecord(notice(null), customer7)).toBeNull();
    // A notice from a host that does not name records yet.
    expect(changeOfRecord({ method: 'customers.update', byName: '林晓雯', at: 1 } as ChangeNotice, customer7)).toBeNull();
  });
});
