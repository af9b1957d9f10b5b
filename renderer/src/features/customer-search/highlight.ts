// Where the typed query sits inside the text that matched, so the result list can mark it; folding as the search does.
import type { MatchKind } from '../../../../shared/api';
import { normalizePhone } from '../../../../shared/customers/phones';

export interface Marked {
  before: string;
  match: string;
  after: string;
}

/** Which characters count for a kind of match, and how they compare. */
function folder(kind: MatchKind | undefined): (ch: string) => string {
  if (kind === 'phone') return (ch) => (/\d/.test(ch) ? ch : '');
  if (kind === 'serial' || kind === 'model' || kind === 'code') {
    return (ch) => (/[\p{L}\p{N}]/u.test(ch) ? ch.normalize('NFKC').toUpperCase() : '');
  }
  return (ch) => (/[\p{L}\p{N}]/u.test(ch) ? ch.normalize('NFKC').toLowerCase() : '');
}

function foldedQuery(kind: MatchKind | undefined, query: string): string {
  const fold = folder(kind);
  if (kind === 'phone') return normalizePhone(query);
  return [...query].map(fold).join('');
}

/** Splits `text` around the first place the query matches it (ignoring separators), or null when it does not. */
export function markMatch(text: string, query: string, kind?: MatchKind): Marked | null {
  const fold = folder(kind);
  const wanted = foldedQuery(kind, query);
  if (wanted === '') return null;
  const chars = [...text];
  let folded = '';
  const origin: number[] = [];
  chars.forEach((ch, index) => {
    const f = fold(ch);
    for (let i = 0; i < f.length; i += 1) origin.push(index);
    folded += f;
  });
  let at = folded.indexOf(wanted);
  // A code typed as digits alone (123 for KH-000123) matches the end of the code.
  if (at < 0 && kind === 'code' && /^\d+$/.test(wanted)) {
    const digits = wanted.replace(/^0+/, '');
    at = digits === '' ? -1 : folded.lastIndexOf(digits);
    if (at >= 0 && at + digits.length !== folded.length) at = -1;
    if (at >= 0) return split(chars, origin[at]!, origin[at + digits.length - 1]! + 1);
    return null;
  }
  if (at < 0) return null;
  return split(chars, origin[at]!, origin[at + wanted.length - 1]! + 1);
}

function split(chars: string[], start: number, end: number): Marked {
  return { before: chars.slice(0, start).join(''), match: chars.slice(start, end).join(''), after: chars.slice(end).join('') };
}
