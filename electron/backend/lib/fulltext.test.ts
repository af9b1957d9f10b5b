import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigramQuery, bigramText, containsQuery, fulltextQuery, segmentText } from './fulltext';

function index(texts: string[], withBigrams = false) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, pairs, content = '', tokenize = 'unicode61 remove_diacritics 2')`);
  const insert = db.prepare('INSERT INTO t (rowid, body, pairs) VALUES (?, ?, ?)');
  texts.forEach((text, i) => insert.run(i + 1, segmentText(text), bigramText(text)));
  return (query: string): number[] => {
    const match = withBigrams ? bigramQuery(query, ['body'], ['pairs']) : fulltextQuery(query);
    if (!match) return [];
    return db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').pluck().all(match) as number[];
  };
}

describe('free-text search segmentation', () => {
  it('splits Chinese per character and keeps other words whole, folded', () => {
    expect(segmentText('硬盘录像机DS-7608N 无法开机，ＡＢＣ')).toBe('硬 盘 录 像 机 ds 7608n 无 法 开 机 abc');
  });

  it('builds phrase queries for Chinese and prefix queries for words; nothing for punctuation', () => {
    expect(fulltextQuery('录像 ds-76')).toBe('"录 像" AND "ds"* AND "76"*');
    expect(fulltextQuery(' ，。! ')).toBeNull();
  });

  it('finds 1- and 2-character Chinese queries, mixed queries, and not the wrong text', () => {
    const search = index(['录像机无法开机', '空调漏水', 'UPS battery fault 电池故障', '监控画面黑屏']);
    expect(search('机')).toEqual([1]);
    expect(search('漏水')).toEqual([2]);
    expect(search('batt 故障')).toEqual([3]);
    expect(search('黑屏 空调')).toEqual([]);
    expect(search('"*')).toEqual([]);
  });

  it('tells whether a text has every part of a query, as the index would', () => {
    expect(containsQuery('硬盘录像机无法开机 DS-7608', '录像 ds-76')).toBe(true);
    expect(containsQuery('硬盘录像机无法开机', '录机')).toBe(false);
    expect(containsQuery('UPS battery', 'batt 电池')).toBe(false);
  });

  it('indexes neighbouring pairs and looks runs up as phrases of pairs, single characters and words as before', () => {
    expect(bigramText('硬盘录像机 DS 机')).toBe('硬盘 盘录 录像 像机');
    expect(bigramQuery('录像机 ds 机', ['b'], ['p'])).toBe('{p} : "录像 像机" AND {b} : "ds"* AND {b} : "机"');
    const search = index(['录像机无法开机', '像机', 'UPS battery fault 电池故障'], true);
    expect(search('像机')).toEqual([1, 2]);
    expect(search('机无')).toEqual([1]);
    expect(search('机')).toEqual([1, 2]);
    expect(search('batt 池故')).toEqual([3]);
    expect(search('录机')).toEqual([]);
  });

  it.each([false, true])('finds every text by any substring of its Chinese and any prefix of its words (property; pairs: %s)', (withBigrams) => {
    const han = fc.constantFrom(...'中国移动硬盘录像机无法开机空调漏水电池故障监控画面黑屏网络'.split(''));
    const texts = fc.array(fc.array(han, { minLength: 2, maxLength: 12 }).map((chars) => chars.join('')), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), fc.nat(), (all, pick, start, length) => {
        const search = index(all.map((text, i) => `${text} model${i}x`), withBigrams);
        const i = pick % all.length;
        const text = all[i]!;
        const from = start % text.length;
        const part = text.slice(from, from + 1 + (length % (text.length - from)));
        expect(search(part)).toContain(i + 1);
        expect(search(`mod ${part}`)).toContain(i + 1);
      }),
      { numRuns: 200 },
    );
  });
});
