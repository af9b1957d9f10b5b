// Where a customer's name stands when a list is sorted by name: in pinyin order, as a Chinese user expects (安徽… before
// 北京… before 中国…), not in the order of the characters' code points. Stored beside the name (customers.name_order)
// and recomputed whenever the name changes; SQLite compares it byte by byte. Pure, with no feature of its own: the
// customers feature, an import's worker thread and migration 007 all compute it.
import { pinyin } from 'pinyin-pro';
import { nameKey } from '../../../shared/customers/text';

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGITS = /^[0-9]+$/;

/** A run of digits led by its length, so numbers sort by value: 华通9号 before 华通10号 (`019` < `0210`). */
const numberWord = (digits: string) => String(Math.min(digits.length, 99)).padStart(2, '0') + digits;

/**
 * A syllable as it sorts: ü after u and before any longer syllable, as in a dictionary (lu 陆, lü 吕, luan 栾); `:`
 * comes after the space that ends a word and before every letter.
 */
const syllableWord = (syllable: string) => syllable.toLowerCase().replaceAll('ü', 'u:');

/**
 * The sort key of a name: its words in pinyin (one per Chinese character, letters and digits of other runs kept
 * together), separated by spaces, then the folded name itself, so names that read the same stay together. Names that
 * read the same with other characters (张伟, 章伟) sort by those characters only after the whole reading. An individual's
 * name is read with the surname rules (曾 zeng, 单 shan), as people say it.
 */
export function nameOrder(name: string, kind: string): string {
  const chars = [...name.normalize('NFKC')];
  const readings = pinyin(
    chars.join(''),
    kind === 'individual'
      ? { toneType: 'none', type: 'array', mode: 'surname', surname: 'head' }
      : { toneType: 'none', type: 'array' },
  );
  const words: string[] = [];
  let word = '';
  const endWord = () => {
    if (word) words.push(DIGITS.test(word) ? numberWord(word) : word);
    word = '';
  };
  chars.forEach((ch, i) => {
    if (HAN.test(ch)) {
      endWord();
      // pinyin-pro answers one element per character; should it not, the character stands for itself.
      const syllable = readings.length === chars.length ? readings[i]! : ch;
      words.push(syllableWord(syllable));
    } else if (WORD_CHAR.test(ch)) {
      const lower = ch.toLowerCase();
      // A letter after digits (or digits after letters) starts a new word, so a number is a word of its own.
      if (word && DIGITS.test(word) !== DIGITS.test(lower)) endWord();
      word += lower;
    } else {
      endWord();
    }
  });
  endWord();
  return `${words.join(' ')}\u0001${nameKey(name)}`;
}
