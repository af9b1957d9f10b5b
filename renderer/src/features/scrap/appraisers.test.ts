import { describe, expect, it } from 'vitest';
import { appraisersInput, EMPTY_MEMBER, pickUser, rowOfAppraiser, typeName, type MemberRow } from './appraisers';

const rows: MemberRow[] = [
  { userId: 4, name: '吴库管', title: '库管员' },
  { ...EMPTY_MEMBER },
  { userId: null, name: ' 张工 ', title: ' 高级工程师 ' },
  { userId: null, name: '', title: '技术员' },
];

describe('appraisersInput', () => {
  it('sends the rows that name someone, users by id, typed names trimmed, titles only when given', () => {
    expect(appraisersInput(rows)).toEqual([
      { userId: 4, name: '吴库管', title: '库管员' },
      { name: '张工', title: '高级工程师' },
      { name: '', title: '技术员' },
    ]);
    expect(appraisersInput([{ userId: null, name: '李工', title: '' }])).toEqual([{ name: '李工' }]);
    expect(appraisersInput([EMPTY_MEMBER, EMPTY_MEMBER])).toEqual([]);
  });

  it('finds the row of a member sent, skipping the blank rows', () => {
    expect(rowOfAppraiser(rows, 0)).toBe(0);
    expect(rowOfAppraiser(rows, 1)).toBe(2);
    expect(rowOfAppraiser(rows, 2)).toBe(3);
    expect(rowOfAppraiser(rows, 3)).toBeNull();
  });
});

describe('picking and typing a member', () => {
  it('a pick takes the user and their name; typing another name makes it a typed name', () => {
    const picked = pickUser({ ...EMPTY_MEMBER, title: '工程师' }, { id: 7, displayName: '赵工' });
    expect(picked).toEqual({ userId: 7, name: '赵工', title: '工程师' });
    expect(typeName(picked, '赵工', '赵工')).toEqual(picked);
    expect(typeName(picked, '赵工程', '赵工')).toEqual({ userId: null, name: '赵工程', title: '工程师' });
    expect(pickUser(picked, null)).toEqual({ userId: null, name: '赵工', title: '工程师' });
  });
});
