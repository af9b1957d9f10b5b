// A write sent again with its idempotency key is not made twice (the LAN issue): the same answer, one record; the key
// of another write or another user refused; an import sent twice imports once.
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/api/import';
import { createTestBackend } from '../testing/fixture';

const KEY = 'b6f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('write receipts', () => {
  it('answer a write sent again with the same key as the first time, and make nothing twice', async () => {
    const t = await createTestBackend();
    const agent = await t.signInAs(['agent']);
    const input = { name: '扬州重发测试有限公司', kind: 'organization' as const, contacts: [] };
    const first = await t.backend.invoke(agent, 'customers.create', input, { idempotencyKey: KEY });
    const again = await t.backend.invoke(agent, 'customers.create', input, { idempotencyKey: KEY });
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    const found = await t.expectOk(agent, 'customers.search', { query: '扬州重发测试' });
    expect(found.items).toHaveLength(1);

    // Two sends of one key at the same moment: one makes it, the other is told it was saved.
    const key2 = 'c7a2d3e4-6f70-4b8c-9dae-1f2a3b4c5d6e';
    const both = await Promise.all([
      t.backend.invoke(agent, 'customers.create', { ...input, name: '泰州并发重发有限公司' }, { idempotencyKey: key2 }),
      t.backend.invoke(agent, 'customers.create', { ...input, name: '泰州并发重发有限公司' }, { idempotencyKey: key2 }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect((await t.expectOk(agent, 'customers.search', { query: '泰州并发重发' })).items).toHaveLength(1);

    // A key is one write's: not another method's, not another user's; and of a sensible shape.
    expect(await t.backend.invoke(agent, 'auth.setLanguage', { language: 'en' }, { idempotencyKey: KEY })).toMatchObject({
      ok: false,
      error: { reason: 'idempotency.keyReused' },
    });
    const other = await t.signInAs(['seat_manager']);
    expect(await t.backend.invoke(other, 'customers.create', input, { idempotencyKey: KEY })).toMatchObject({ ok: false, error: { reason: 'idempotency.keyReused' } });
    expect(await t.backend.invoke(agent, 'customers.create', input, { idempotencyKey: 'short' })).toMatchObject({ ok: false, error: { reason: 'idempotency.badKey' } });
    // A refused write claims nothing: sent again once corrected, with the same key, it is made.
    const key3 = 'd8b3e4f5-7081-4c9d-aebf-2a3b4c5d6e7f';
    expect((await t.backend.invoke(agent, 'customers.create', { ...input, name: '' }, { idempotencyKey: key3 })).ok).toBe(false);
    expect((await t.backend.invoke(agent, 'customers.create', { ...input, name: '盐城更正后保存有限公司' }, { idempotencyKey: key3 })).ok).toBe(true);
    // Reads ignore a key.
    expect((await t.backend.invoke(agent, 'customers.search', { query: '盐城' }, { idempotencyKey: KEY })).ok).toBe(true);
    t.close();
  });

  it('an import sent twice with its key imports once', async () => {
    const t = await createTestBackend();
    const info = await t.signInAs(['info_manager']);
    const rows = Array.from({ length: 1500 }, (_, i) => `淮安重发${i}公司,单位,M-${i % 3},S-${i}`);
    const contentBase64 = Buffer.from(['客户名称,客户类型,型号,序列号', ...rows].join('\n')).toString('base64');
    const input = { fileName: 'again.csv', contentBase64, mapping: { 'customer.name': 0, 'customer.kind': 1, 'equipment.model': 2, 'equipment.serialNumber': 3 } };
    const first = await t.backend.invoke(info, 'import.commit', input, { idempotencyKey: KEY });
    expect(first.ok).toBe(true);
    let progress = (first as { value: ImportProgress }).value;
    while (progress.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      progress = await t.expectOk(info, 'import.progress', { jobId: progress.jobId });
    }
    expect(progress).toMatchObject({ state: 'done', created: { customers: 1500 } });
    const again = await t.backend.invoke(info, 'import.commit', input, { idempotencyKey: KEY });
    expect(again).toEqual(first);
    const side = t.openSideConnection();
    expect(side.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1500);
    side.close();
    expect((await t.expectOk(info, 'customers.search', { query: '淮安重发1499公司' })).items).toHaveLength(1);
    expect(await t.expectOk(t.admin, 'audit.verify', {})).toMatchObject({ valid: true });
    t.close();
  });
});
