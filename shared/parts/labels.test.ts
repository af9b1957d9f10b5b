// The label sheet's arithmetic and the labels' addresses: the bars are never narrower than a scanner reads, and every
// bin comes back from the address as it was written.
import { describe, expect, it } from 'vitest';
import { barcodeSize, LABEL_SHEET, LABELS_PER_SHEET, labelSheets, MIN_MODULE_MM } from './labels';
import { isPrintRoute, partLabelsPrintRoute, readLabelsSearch, readPartLabelsSearch } from '../print/routes';

const AVAILABLE = LABEL_SHEET.widthMm - 2 * LABEL_SHEET.paddingMm;

describe('label sheet', () => {
  it('covers A4 with 3 × 8 labels', () => {
    expect(LABEL_SHEET.columns * LABEL_SHEET.widthMm).toBe(210);
    expect(LABEL_SHEET.rows * LABEL_SHEET.heightMm).toBeCloseTo(297, 6);
    expect(labelSheets(Array.from({ length: 50 }, (_, i) => i)).map((s) => s.length)).toEqual([24, 24, 2]);
    expect(labelSheets([])).toEqual([]);
    expect(LABELS_PER_SHEET).toBe(24);
  });

  it('prints the widest module that fits, never under 0.25 mm while the code fits', () => {
    // BJ-001: Code 128 B, 6 characters: 11 × 8 + 13 = 101 modules, with 2 × 10 quiet modules.
    expect(barcodeSize(121, AVAILABLE)).toEqual({ moduleMm: 0.508, widthMm: 121 * 0.508, readable: true });
    expect(barcodeSize(150, AVAILABLE).moduleMm).toBe(0.381);
    const long = barcodeSize(250, AVAILABLE);
    expect(long).toEqual({ moduleMm: 0.254, widthMm: 250 * 0.254, readable: true });
    expect(long.widthMm).toBeLessThanOrEqual(AVAILABLE);
    const tooLong = barcodeSize(400, AVAILABLE);
    expect(tooLong.readable).toBe(false);
    expect(tooLong.widthMm).toBe(AVAILABLE);
    for (let modules = 50; modules <= 255; modules += 1) expect(barcodeSize(modules, AVAILABLE).moduleMm).toBeGreaterThanOrEqual(MIN_MODULE_MM);
  });
});

describe('label addresses', () => {
  it('name parts by id, in order', () => {
    const route = partLabelsPrintRoute({ parts: [3, 1, 2], lang: 'en' });
    expect(route).toBe('/print/part-labels?parts=3,1,2&lang=en');
    expect(isPrintRoute(route)).toBe(true);
    expect(readPartLabelsSearch(route.split('?')[1]!, 'zh-CN')).toEqual({ parts: [3, 1, 2], lang: 'en' });
  });

  it('keep every bin as written, commas and Chinese too, and the host accepts the address', () => {
    const bins = ['A-01', 'B区,3层', "C(1)!*'", '二号库 5'];
    const route = partLabelsPrintRoute({ bins, lang: 'zh-CN' });
    expect(isPrintRoute(route)).toBe(true);
    expect(readLabelsSearch(route.split('?')[1]!)).toEqual({ bins });
    expect(readLabelsSearch('bins=A-01,A-02')).toEqual({ bins: ['A-01', 'A-02'] });
  });

  it('refuse what is not a list of labels', () => {
    for (const search of ['', 'parts=', 'parts=1,x', 'parts=0', 'bins=', 'bins=A,,B', 'bins=%E0%A4%A', `parts=${Array(481).fill(1).join(',')}`]) {
      expect(readLabelsSearch(search), search).toBeNull();
    }
    expect(isPrintRoute('/print/part-labels?bins=<script>')).toBe(false);
  });
});
