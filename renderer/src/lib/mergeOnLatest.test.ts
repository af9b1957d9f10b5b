import { describe, expect, it } from 'vitest';
import { mergeOnLatest } from './mergeOnLatest';

const read = { name: '华东电力', address: '上海市 A 路 1 号', notes: '', fault: { nature: 'hardware', place: '' }, contacts: [{ name: '王工', phones: ['139'] }] };

describe('mergeOnLatest', () => {
  it("takes the other person's change and keeps the user's own", () => {
    const mine = { ...read, notes: '周三上午联系' };
    const latest = { ...read, address: '上海市 B 路 2 号' };
    const merged = mergeOnLatest(read, mine, latest);
    expect(merged.values).toEqual({ ...read, address: '上海市 B 路 2 号', notes: '周三上午联系' });
    expect(merged.theirChanges).toEqual([{ field: 'address', before: '上海市 A 路 1 号', theirs: '上海市 B 路 2 号' }]);
    expect(merged.ownFields).toEqual(['notes']);
  });

  it('keeps what the user typed over a field both changed, and says what the other saved', () => {
    const mine = { ...read, address: '我的地址' };
    const latest = { ...read, address: '他的地址' };
    const merged = mergeOnLatest(read, mine, latest);
    expect(merged.values.address).toBe('我的地址');
    expect(merged.theirChanges).toEqual([{ field: 'address', before: read.address, theirs: '他的地址', mine: '我的地址' }]);
    expect(merged.ownFields).toEqual(['address']);
  });

  it('walks into nested objects field by field and compares lists whole', () => {
    const mine = { ...read, fault: { nature: 'software', place: '' } };
    const latest = { ...read, fault: { nature: 'hardware', place: '机房' }, contacts: [{ name: '王工', phones: ['139', '021'] }] };
    const merged = mergeOnLatest(read, mine, latest);
    expect(merged.values.fault).toEqual({ nature: 'software', place: '机房' });
    expect(merged.values.contacts).toEqual(latest.contacts);
    expect(merged.theirChanges.map((change) => change.field)).toEqual(['fault.place', 'contacts']);
    expect(merged.ownFields).toEqual(['fault.nature']);
  });

  it('reports nothing when both made the same change, and does not touch its inputs', () => {
    const mine = { ...read, notes: '同一句' };
    const latest = { ...read, notes: '同一句' };
    const merged = mergeOnLatest(read, mine, latest);
    expect(merged.theirChanges).toEqual([]);
    expect(merged.ownFields).toEqual([]);
    merged.values.contacts[0]!.phones.push('x');
    expect(latest.contacts[0]!.phones).toEqual(['139']);
  });
});
