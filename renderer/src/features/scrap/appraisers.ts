// The appraisal group (临时技术鉴定小组) as the dialog holds it (a row a member: a user picked, or a name typed, and a
// title) and as scrap.startAppraisal takes it. Rows left blank are not members; a row's name is what it shows.

export interface MemberRow {
  userId: number | null;
  name: string;
  title: string;
}

export const EMPTY_MEMBER: MemberRow = { userId: null, name: '', title: '' };

export interface AppraiserInput {
  userId?: number;
  name: string;
  title?: string;
}

const blank = (row: MemberRow) => row.userId === null && row.name.trim() === '' && row.title.trim() === '';

/** The rows that name someone, in order, as the method's `appraisers`; a title row without a name stays (and is refused on its name). */
export function appraisersInput(rows: readonly MemberRow[]): AppraiserInput[] {
  return rows
    .filter((row) => !blank(row))
    .map((row) => ({
      ...(row.userId !== null && { userId: row.userId }),
      name: row.name.trim(),
      ...(row.title.trim() !== '' && { title: row.title.trim() }),
    }));
}

/**
 * Where an issue of `appraisers.N…` shows: the N-th member sent is not the N-th row when blank rows were left out.
 * Answers the row's index, or null for the group as a whole.
 */
export function rowOfAppraiser(rows: readonly MemberRow[], sentIndex: number): number | null {
  let seen = -1;
  for (let index = 0; index < rows.length; index += 1) {
    if (blank(rows[index]!)) continue;
    seen += 1;
    if (seen === sentIndex) return index;
  }
  return null;
}

/** A member picked from the users: their name shown, their title kept; a name typed over a pick is a typed name. */
export function pickUser(row: MemberRow, user: { id: number; displayName: string } | null): MemberRow {
  return user ? { ...row, userId: user.id, name: user.displayName } : { ...row, userId: null };
}

export function typeName(row: MemberRow, name: string, pickedName: string | null): MemberRow {
  return { ...row, name, userId: pickedName !== null && name === pickedName ? row.userId : null };
}
