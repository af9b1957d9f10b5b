// Marks the words of a knowledge query in a title or passage: each run of Chinese characters and each other word,
// case folded; English words also where they only start a longer word (the search matches them by prefix).
export interface Part {
  text: string;
  match: boolean;
}

function words(query: string): string[] {
  return [...new Set((query.normalize('NFKC').toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== ''))];
}

export function highlightParts(text: string, query: string): Part[] {
  const wanted = words(query);
  if (wanted.length === 0) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const marks = new Array<boolean>(text.length).fill(false);
  for (const word of wanted) {
    // Lower-casing keeps the length of Chinese and ASCII text, which is all a query can hold here.
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      for (let i = at; i < at + word.length; i++) marks[i] = true;
    }
  }
  const parts: Part[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.match === marks[i]) last.text += text[i];
    else parts.push({ text: text[i]!, match: marks[i]! });
  }
  return parts;
}
