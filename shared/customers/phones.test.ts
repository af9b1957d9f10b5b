import { describe, expect, it } from 'vitest';
import { phoneInputSchema } from '../api/customers';
import { fieldIssuesFrom } from '../api/validation';
import { joinExtension, looksLikePhone, normalizePhone, splitExtension } from './phones';

const issuesOf = (typed: string) => {
  const parsed = phoneInputSchema.safeParse(typed);
  return parsed.success ? [] : fieldIssuesFrom(parsed.error).map((issue) => issue.key);
};

describe('phones as typed', () => {
  it('reads full-width digits and punctuation of a Chinese input method as plain ones', () => {
    expect(phoneInputSchema.parse('１３９１２３４５６７８')).toBe('13912345678');
    expect(phoneInputSchema.parse('（０２１）６２８８　５０００')).toBe('(021)6288 5000');
    expect(phoneInputSchema.parse('＋８６ １３９－１２３４－５６７８')).toBe('+86 139-1234-5678');
    expect(normalizePhone('０２１－６２８８５０００')).toBe('2162885000');
  });

  it('keeps the extension apart from the number, however it is written', () => {
    for (const typed of ['021-62885000转8012', '021-62885000 转 8012', '021-62885000 ext. 8012', '021-62885000 EXT8012', '021-62885000#8012', '021-62885000 x8012', '021-62885000分机8012', '021-62885000 分机：8012', '０２１－６２８８５０００转８０１２']) {
      expect(splitExtension(typed), typed).toEqual({ number: '021-62885000', extension: '8012' });
      expect(normalizePhone(typed), typed).toBe('2162885000');
      expect(issuesOf(typed), typed).toEqual([]);
    }
    expect(splitExtension('13912345678')).toEqual({ number: '13912345678', extension: '' });
    expect(splitExtension('#8012')).toEqual({ number: '', extension: '8012' });
    expect(splitExtension(joinExtension('021-6288 5000', '8012'))).toEqual({ number: '021-6288 5000', extension: '8012' });
    expect(splitExtension(joinExtension('021-6288 5000', '8012', 'ext.'))).toEqual({ number: '021-6288 5000', extension: '8012' });
  });

  it('says a blank phone is required, an extension needs its number, and what a number may hold', () => {
    expect(issuesOf('')).toEqual(['validation.required']);
    expect(issuesOf('   ')).toEqual(['validation.required']);
    expect(issuesOf('x8012')).toEqual(['validation.phoneExtensionOnly']);
    expect(issuesOf('分机8012')).toEqual(['validation.phoneExtensionOnly']);
    expect(issuesOf('12')).toEqual(['validation.phoneChars']);
    expect(issuesOf('王经理手机')).toEqual(['validation.phoneChars']);
  });

  it('takes a number with an extension, or an extension alone, for a phone in the search box', () => {
    expect(looksLikePhone('021-62885000转8012')).toBe(true);
    expect(looksLikePhone('转8012')).toBe(true);
    expect(looksLikePhone('１３９１')).toBe(true);
    expect(looksLikePhone('中国移动')).toBe(false);
  });
});

describe('other numbers typed with a Chinese input method', () => {
  it('reads full-width serial, model and contract numbers and dates as plain ones', async () => {
    const { api } = await import('../api');
    const unit = api['equipment.create'].input.parse({ customerId: 1, model: 'ＤＳ－７６０８Ｎ', serialNumber: 'ＳＮ２０２３－０００１', warrantyEnd: '２０２７－０３－０１' });
    expect([unit.model, unit.serialNumber, unit.warrantyEnd]).toEqual(['DS-7608N', 'SN2023-0001', '2027-03-01']);
    const renewal = api['equipment.renewWarranty'].input.safeParse({ id: 1, version: 0, contractNumber: 'ＸＢ－２０２６－１', newEnd: '２０２８－０３－０１', feeFen: 100 });
    expect(renewal.success && [renewal.data.contractNumber, renewal.data.newEnd]).toEqual(['XB-2026-1', '2028-03-01']);
  });
});
