import { describe, expect, it } from 'vitest';
import { nameOrder } from './name-order';

const sorted = (names: string[], kind = 'organization') =>
  [...names].sort((a, b) => {
    const ka = nameOrder(a, kind);
    const kb = nameOrder(b, kind);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });

/** The pinyin words of a name's sort key, without the folded name after them. */
const wordsOf = (name: string, kind: string) => nameOrder(name, kind).split('\u0001')[0];

describe('nameOrder', () => {
  it('puts Chinese names in pinyin order, not in the order of their code points', () => {
    // By code point 中 (U+4E2D) < 北 (U+5317) < 安 (U+5B89) < 苏 (U+82CF) < 长 (U+957F) < 重 (U+91CD).
    expect(sorted(['中国移动', '苏州园区', '北京燃气', '安徽电力', '长沙银行', '重庆水务'])).toEqual([
      '安徽电力',
      '北京燃气',
      '长沙银行',
      '重庆水务',
      '苏州园区',
      '中国移动',
    ]);
  });

  it('reads a character as the words around it say (重庆 chong, 银行 hang)', () => {
    expect(wordsOf('重庆水务', 'organization')).toBe('chong qing shui wu');
    expect(wordsOf('长沙银行', 'organization')).toBe('chang sha yin hang');
  });

  it("reads an individual's surname as a surname (曾 zeng, 单 shan)", () => {
    expect(wordsOf('曾小明', 'individual')).toBe('zeng xiao ming');
    expect(sorted(['曾小明', '单田芳', '张伟'], 'individual')).toEqual(['单田芳', '曾小明', '张伟']);
  });

  it('puts a shorter name before the longer ones it begins, and names that read the same together', () => {
    expect(sorted(['安徽电力', '安', '昂立', '安徽'])).toEqual(['安', '安徽', '安徽电力', '昂立']);
    const same = sorted(['张伟', '章伟', '张伟', '张卫']);
    expect(same.indexOf('张伟') + 1).toBe(same.lastIndexOf('张伟'));
  });

  it('orders numbers by their value and keeps letters and digits of other scripts as words', () => {
    expect(sorted(['华通10号', '华通9号', '华通100号'])).toEqual(['华通9号', '华通10号', '华通100号']);
    expect(sorted(['华通10000000000号', '华通9999999999号', '华通02号'])).toEqual(['华通02号', '华通9999999999号', '华通10000000000号']);
    expect(wordsOf('IBM中国', 'organization')).toBe('ibm zhong guo');
    expect(wordsOf('3M 中国', 'organization')).toBe('013 m zhong guo');
    expect(sorted(['ABC公司', 'A公司', 'Acme'])).toEqual(['A公司', 'ABC公司', 'Acme']);
  });

  it('sorts ü right after u, as a dictionary does (陆 lu, 吕 lü, 栾 luan, 罗 luo)', () => {
    expect(sorted(['罗军', '栾平', '吕布', '陆明'], 'individual')).toEqual(['陆明', '吕布', '栾平', '罗军']);
    expect(sorted(['诺亚', '女子学校', '努力'])).toEqual(['努力', '女子学校', '诺亚']);
  });

  it('is the same for the same name however it was typed (full-width letters, spaces)', () => {
    expect(nameOrder('ＩＢＭ中国', 'organization')).toBe(nameOrder('IBM中国', 'organization'));
  });
});
