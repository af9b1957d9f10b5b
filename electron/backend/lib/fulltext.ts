// Free text (a request's subject and description, a knowledge article) made searchable by FTS5, the way customer
// names are: every Chinese (or Japanese, Korean) character is its own token, so a 1- or 2-character query is a phrase
// query that an index of words or trigrams would miss; Latin words and numbers stay whole and match by prefix.
//
// Index: `segmentText(text)` into a contentless FTS5 column with `tokenize = 'unicode61 remove_diacritics 2'`.
// Query: `fulltextQuery(words)` → a MATCH expression (every part must match), or null when nothing searchable is left.

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
