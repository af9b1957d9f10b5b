// The print routes: what the preview screens build is what the print pages read and what the main process accepts.
import { describe, expect, it } from 'vitest';
import {
  complaintFormPrintRoute,
  complaintRegisterPrintRoute,
  isPrintRoute,
  printRequestSchema,
  printRouteLanguage,
  purchaseFormPrintRoute,
  readComplaintFormSearch,
  readPrintLanguage,
  readRegisterSearch,
  readStocktakeSearch,
  replacementFormPrintRoute,
  scrapFormPrintRoute,
  safePdfFileName,
  stocktakePrintRoute,
  workOrderPrintRoute,
} from './routes';

const searchOf = (route: string) => route.split('?')[1] ?? '';

describe('print routes', () => {
  it('round-trip a form: its part and language come back as they were chosen', () => {
    const route = complaintFormPrintRoute({ id: 42, part: 'part2', lang: 'en' });
    expect(route).toBe('/print/complaint/42?part=part2&lang=en');
    expect(readComplaintFormSearch(searchOf(route), 'zh-CN')).toEqual({ part: 'part2', lang: 'en' });
    expect(isPrintRoute(route)).toBe(true);
    expect(printRouteLanguage(route)).toBe('en');
  });

  it('round-trip a count sheet in its language', () => {
    const route = stocktakePrintRoute({ id: 7, lang: 'en' });
    expect(route).toBe('/print/stocktake/7?lang=en');
    expect(readStocktakeSearch(searchOf(route), 'zh-CN')).toEqual({ lang: 'en' });
    expect(readStocktakeSearch('lang=fr', 'zh-CN')).toEqual({ lang: 'zh-CN' });
    expect(isPrintRoute(route)).toBe(true);
    expect(isPrintRoute('/print/stocktake/0')).toBe(false);
  });

  it('round-trip a purchase request: its language comes back, the UI language when the address does not say', () => {
    const route = purchaseFormPrintRoute({ id: 7, lang: 'en' });
    expect(route).toBe('/print/purchase/7?lang=en');
    expect(isPrintRoute(route)).toBe(true);
    expect(readPrintLanguage(searchOf(route), 'zh-CN')).toBe('en');
    expect(readPrintLanguage('lang=fr', 'zh-CN')).toBe('zh-CN');
    expect(isPrintRoute('/print/purchase/0?lang=en')).toBe(false);
    expect(isPrintRoute('/print/purchase/7/../../etc')).toBe(false);
  });

  it('round-trip a work order in its language, and nothing beside the path is a work order', () => {
    const route = workOrderPrintRoute({ id: 12, lang: 'zh-CN' });
    expect(route).toBe('/print/work-order/12?lang=zh-CN');
    expect(isPrintRoute(route)).toBe(true);
    expect(printRouteLanguage(route)).toBe('zh-CN');
    expect(isPrintRoute('/print/work-order/0?lang=en')).toBe(false);
    expect(isPrintRoute('/print/work-order/12/../../etc')).toBe(false);
    expect(isPrintRoute('/print/work-order/12?next=https://x')).toBe(false);
  });

  it('round-trip a replacement notice and a scrap record in their language', () => {
    const notice = replacementFormPrintRoute({ id: 12, lang: 'zh-CN' });
    const scrap = scrapFormPrintRoute({ id: 3, lang: 'en' });
    expect(notice).toBe('/print/replacement/12?lang=zh-CN');
    expect(scrap).toBe('/print/scrap/3?lang=en');
    expect(isPrintRoute(notice)).toBe(true);
    expect(isPrintRoute(scrap)).toBe(true);
    expect(printRouteLanguage(scrap)).toBe('en');
    expect(isPrintRoute('/print/replacement/0?lang=en')).toBe(false);
    expect(isPrintRoute('/print/scrap/3/../../etc')).toBe(false);
    expect(isPrintRoute('/print/scrap/3?lang=en#x')).toBe(false);
  });

  it('print both parts in the UI language when the address does not say', () => {
    expect(readComplaintFormSearch('', 'en')).toEqual({ part: 'both', lang: 'en' });
    expect(readComplaintFormSearch('part=all&lang=fr', 'zh-CN')).toEqual({ part: 'both', lang: 'zh-CN' });
  });

  it('round-trip a register with its unit and state filters, and without them', () => {
    const filtered = complaintRegisterPrintRoute({ from: '2026-11-01', to: '2026-11-30', departmentId: 7, state: 'sent', lang: 'zh-CN' });
    expect(filtered).toBe('/print/complaint-register?from=2026-11-01&to=2026-11-30&departmentId=7&state=sent&lang=zh-CN');
    expect(readRegisterSearch(searchOf(filtered), 'en')).toEqual({ from: '2026-11-01', to: '2026-11-30', departmentId: 7, state: 'sent', lang: 'zh-CN' });
    const all = complaintRegisterPrintRoute({ from: '2026-11-01', to: '2026-11-30', lang: 'en' });
    expect(readRegisterSearch(searchOf(all), 'zh-CN')).toEqual({ from: '2026-11-01', to: '2026-11-30', lang: 'en' });
    expect(isPrintRoute(filtered) && isPrintRoute(all)).toBe(true);
  });

  it('read a register without dates, or with a unit or state that is not one, as no register or no filter', () => {
    expect(readRegisterSearch('from=2026-11-01', 'zh-CN')).toBeNull();
    expect(readRegisterSearch('from=2026-02-30&to=2026-03-01', 'zh-CN')).toBeNull();
    expect(readRegisterSearch('from=2026-11-01&to=2026-11-30&departmentId=0&state=lost', 'zh-CN')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      lang: 'zh-CN',
    });
  });

  it('let the main process load only our print routes, nothing that could lead the hidden window elsewhere', () => {
    for (const route of [
      '/admin/users',
      '/print/complaint/abc',
      '/print/complaint/0',
      '/print/complaint/1/../../admin',
      '/print/complaint/1?part=both#x',
      '/print/complaint/1?next=https://example.com',
      '/print/complaint-register',
      'https://example.com/print/complaint/1',
      '//example.com/print/complaint/1',
      '/print/complaint/1?part=both&lang=en\n',
    ]) {
      expect(isPrintRoute(route), route).toBe(false);
    }
    expect(printRequestSchema.safeParse({ route: '/admin/users', pdf: true }).success).toBe(false);
    expect(printRequestSchema.safeParse({ route: '/print/complaint/3?part=both&lang=zh-CN', pdf: false }).success).toBe(true);
    expect(printRequestSchema.safeParse({ route: '/print/complaint/3', pdf: false, extra: 1 }).success).toBe(false);
  });

  it('offer a PDF file name without folders or characters Windows refuses', () => {
    expect(safePdfFileName('TS-20261120-0001')).toBe('TS-20261120-0001.pdf');
    expect(safePdfFileName('../../etc/passwd')).toBe('_.._etc_passwd.pdf');
    expect(safePdfFileName('用户投诉及处理记录 2026-11-01:2026-11-30.PDF')).toBe('用户投诉及处理记录 2026-11-01_2026-11-30.PDF');
    expect(safePdfFileName('a\u0000b')).toBe('a_b.pdf');
    expect(safePdfFileName('   ')).toBe('print.pdf');
  });
});
