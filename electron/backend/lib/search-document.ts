// What the customer search index holds of a name (features/customers/search-index.ts writes it): pure functions, with
// no database and no feature of their own, so an import's worker thread can build the documents too
// (features/import/search-documents.ts, bundled by itself for the Electron app).
//
// How each column is segmented (features/customers/search.ts builds its queries from the same functions):
// - name_chars: one token per letter or digit of the name, Chinese or not (`中国移动 ABC` → `中 国 移 动 a b c`), so
//   any substring of the name is a phrase query, however short (a trigram index would miss 1 and 2 characters).
// - pinyin: every syllable suffix of the name's pinyin as one token (`zhongguoyidong guoyidong yidong dong`), so a
//   prefix query `guoyi*` finds any run of syllables starting at a syllable boundary, and `^ zhongg*` a name whose
//   pinyin starts so.
// - initials: the same with initials (`zgyd gyd yd d`): `zgyd*` finds 中国移动, `yd*` finds it too.
// Prefix queries stop at LIMIT and the `prefix = '2 3'` indexes answer the shortest, most common ones directly;
// measured at 100,000 customers, any of them reads well under a millisecond.
import { pinyin } from 'pinyin-pro';

const TOKEN_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const PLAIN_SYLLABLE = /^[a-z0-9]+$/;

/**
 * The characters of a name (or a query) that are indexed, one per token: NFKC per code point (so a substring of the
 * original maps to a run of these), lower case, letters and digits only.
 */
export function nameChars(text: string): string[] {
  const out: string[] = [];
  // Common CJK ideographs, ASCII letters and digits are their own NFKC form: no per-character normalisation needed.
  if (/^[\u4e00-\u9fffa-zA-Z0-9]*$/.test(text)) {
    for (const ch of text.toLowerCase()) out.push(ch);
    return out;
  }
  for (const cp of text) {
    for (const ch of cp.normalize('NFKC').toLowerCase()) {
      if (TOKEN_CHAR.test(ch)) out.push(ch);
    }
  }
  return out;
}

function syllablesOf(name: string, surname: boolean): string[] {
  const parts = pinyin(
    name,
    surname
      ? { toneType: 'none', type: 'array', mode: 'surname', surname: 'head' }
      : { toneType: 'none', type: 'array' },
  );
  const syllables: string[] = [];
  for (const part of parts) {
    // A syllable, a digit or a small letter is kept as it is (the common case, and the same as the fold below).
    if (PLAIN_SYLLABLE.test(part)) {
      syllables.push(part);
      continue;
    }
    // Chinese characters give a syllable; anything else comes back one character at a time.
    const folded = part.normalize('NFKC').toLowerCase();
    const kept = [...folded].filter((ch) => TOKEN_CHAR.test(ch) && !HAN.test(ch)).join('');
    if (kept) syllables.push(kept);
  }
  return syllables;
}

/**
 * The readings a name is indexed under, each a list of syllables. An individual's name is also read with the
 * surname rules (单 shan, 曾 zeng, 解 xie, 区 ou), since callers spell either; ü is indexed both as v (as typed with
 * an IME) and as u.
 */
export function pinyinReadings(name: string, kind: string): string[][] {
  const readings = [syllablesOf(name, false)];
  if (kind === 'individual') {
    const surname = syllablesOf(name, true);
    if (surname.join(' ') !== readings[0]!.join(' ')) readings.push(surname);
  }
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const reading of readings) {
    const variants = reading.some((s) => s.includes('ü'))
      ? [reading.map((s) => s.replaceAll('ü', 'v')), reading.map((s) => s.replaceAll('ü', 'u'))]
      : [reading];
    for (const variant of variants) {
      const key = variant.join(' ');
      if (!seen.has(key) && variant.length > 0) {
        seen.add(key);
        out.push(variant);
      }
    }
  }
  return out;
}

export interface SearchDocument {
  name_chars: string;
  pinyin: string;
  initials: string;
}

/** The FTS5 row of a name. */
export function searchDocument(name: string, kind: string): SearchDocument {
  const pinyinTokens = new Set<string>();
  const initialTokens = new Set<string>();
  for (const reading of pinyinReadings(name, kind)) {
    // Suffixes built from the last syllable backwards, each from the one before (an import indexes thousands).
    const suffixes: string[] = [];
    const initials: string[] = [];
    let suffix = '';
    let initial = '';
    for (let i = reading.length - 1; i >= 0; i--) {
      suffix = reading[i]! + suffix;
      initial = reading[i]![0]! + initial;
      suffixes.push(suffix);
      initials.push(initial);
    }
    for (let i = suffixes.length - 1; i >= 0; i--) {
      pinyinTokens.add(suffixes[i]!);
      initialTokens.add(initials[i]!);
    }
  }
  return {
    name_chars: nameChars(name).join(' '),
    pinyin: [...pinyinTokens].join(' '),
    initials: [...initialTokens].join(' '),
  };
}
