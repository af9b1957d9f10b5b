import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../testing/fixture';
import { toCsv } from '../../lib/csv';

const opened: TestBackend[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

const FORMULAS = ['=HYPERLINK("http://evil.example","点我")', '+1+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3', '=1+1\n第二行'];

describe('CSV export (OWASP CSV injection)', () => {
  it('writes cells that start like a formula as text, and the import reads them back as they were', async () => {
    const t = await createTestBackend();
    opened.push(t);
    const info = await t.signInAs(['info_manager']);
    await t.expectOk(info, 'customers.create', {
      name: FORMULAS[0]!,
      kind: 'organization',
      notes: FORMULAS[1]!,
      region: FORMULAS[4]!,
      contacts: [{ name: FORMULAS[2]!, title: FORMULAS[3]!, phones: ['+86 138 0013 8000'] }],
    });
    const file = await t.expectOk(info, 'export.customers', { format: 'csv', language: 'en' });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    const [, row] = Papa.parse<string[]>(text.replace(/^\ufeff/, '')).data;
    // No cell a spreadsheet would run: each begins with ' when its text begins with = + - @ tab or CR.
    for (const cell of row!) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(row).toEqual(expect.arrayContaining(FORMULAS.map((f) => `'${f}`)));
    expect(row).toContain("'+86 138 0013 8000");

    const other = await createTestBackend();
    opened.push(other);
    const otherInfo = await other.signInAs(['info_manager']);
    const preview = await other.expectOk(otherInfo, 'import.preview', { fileName: file.fileName, contentBase64: file.contentBase64 });
    await other.expectOk(otherInfo, 'import.commit', { fileName: file.fileName, contentBase64: file.contentBase64, mapping: preview.mapping });
    const list = await other.expectOk(otherInfo, 'customers.list', { sort: 'name' });
    const page = await other.expectOk(otherInfo, 'customers.get', { id: list.items[0]!.id });
    expect([page.customer.name, page.customer.notes, page.customer.region]).toEqual([FORMULAS[0], FORMULAS[1], FORMULAS[4]]);
    expect(page.customer.contacts[0]).toMatchObject({ name: FORMULAS[2], title: FORMULAS[3], phones: [{ number: '+86 138 0013 8000' }] });
  });

  it('leaves ordinary text alone, and quotes as CSV needs', () => {
    expect(toCsv([['名称', 'a,b', '3-2', 'x=1', '"引号"']])).toBe('\ufeff名称,"a,b",3-2,x=1,"""引号"""');
  });
});
