// Free text (a request's subject and description, a knowledge article) made searchable by FTS5, the way customer
// names are: every Chinese (or Japanese, Korean) character is its own token, so a 1- or 2-character query is a phrase
// query that an index of words or trigrams would miss; Latin words and numbers stay whole and match by prefix.
//
// Index: `segmentText(text)` into a contentless FTS5 column with `tokenize = 'unicode61 remove_diacritics 2'`.
// Query: `fulltextQuery(words)` → a MATCH expression (every part must match), or null when nothing searchable is left.
//
// In a large table a common character is in a large share of the rows, and a phrase of two of them reads both long
// lists. `bigramText` indexes every pair of neighbouring CJK characters as one token in a second column, and
// `bigramQuery` looks a run of 2 or more characters up there as a phrase of pairs: short lists, the same matches.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

type Part = { kind: 'cjk'; chars: string[] } | { kind: 'word'; text: string };

function partsOf(text: string): Part[] {
  const parts: Part[] = [];
  let word = '';
  let cjk: string[] = [];
  const flushWord = () => {
    if (word) parts.push({ kind: 'word', text: word });
    word = '';
  };
  const flushCjk = () => {
    if (cjk.length > 0) parts.push({ kind: 'cjk', chars: cjk });
    cjk = [];
  };
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (CJK.test(ch)) {
      flushWord();
      cjk.push(ch);
    } else if (WORD_CHAR.test(ch)) {
      flushCjk();
      word += ch;
    } else {
      flushWord();
      flushCjk();
    }
  }
  flushWord();
  flushCjk();
  return parts;
}

/** The text as FTS5 should index it: CJK characters one per token, other words whole, lower case. */
export function segmentText(text: string): string {
  return partsOf(text)
    .map((part) => (part.kind === 'cjk' ? part.chars.join(' ') : part.text))
    .join(' ');
}

/**
 * The MATCH expression for what someone typed: each run of CJK characters as a phrase, each other word as a prefix;
 * all of them must match. Null when the query has nothing to search for (only punctuation, say).
 */
export function fulltextQuery(query: string): string | null {
  const terms = partsOf(query).map((part) => (part.kind === 'cjk' ? `"${part.chars.join(' ')}"` : `"${part.text}"*`));
  return terms.length > 0 ? terms.join(' AND ') : null;
}

/** Every pair of neighbouring CJK characters of the text, one token each (`录像机` → `录像 像机`). */
export function bigramText(text: string): string {
  const pairs: string[] = [];
  for (const part of partsOf(text)) {
    if (part.kind !== 'cjk') continue;
    for (let i = 0; i + 1 < part.chars.length; i++) pairs.push(part.chars[i]! + part.chars[i + 1]!);
  }
  return pairs.join(' ');
}

/**
 * The MATCH expression for a table indexed with segmentText in `columns` and bigramText in `bigramColumns`: a single
 * CJK character and other words are looked up in the first, runs of CJK characters as phrases of pairs in the second.
 */
export function bigramQuery(query: string, columns: readonly string[], bigramColumns: readonly string[]): string | null {
  const inColumns = (names: readonly string[], term: string) => `{${names.join(' ')}} : ${term}`;
  const terms = partsOf(query).map((part) => {
    if (part.kind === 'word') return inColumns(columns, `"${part.text}"*`);
    if (part.chars.length === 1) return inColumns(columns, `"${part.chars[0]!}"`);
    const pairs = part.chars.slice(1).map((ch, i) => part.chars[i]! + ch);
    return inColumns(bigramColumns, `"${pairs.join(' ')}"`);
  });
  return terms.length > 0 ? terms.join(' AND ') : null;
}

/**
 * Whether a text has every part of the query, as the index would find it: each run of CJK characters as neighbouring
 * tokens, each other word as the start of a word. For ranking a few candidates already found, not for searching.
 */
export function containsQuery(text: string, query: string): boolean {
  const tokens = segmentText(text).split(' ');
  return partsOf(query).every((part) => {
    if (part.kind === 'word') return tokens.some((token) => token.startsWith(part.text));
    const run = part.chars;
    for (let i = 0; i + run.length <= tokens.length; i++) {
      if (run.every((ch, j) => tokens[i + j] === ch)) return true;
    }
    return false;
  });
}
