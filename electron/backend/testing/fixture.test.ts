// The test fixture's own shortcuts must judge as the slow ways they replace.
import { afterAll, describe, expect, it } from 'vitest';
import { createBackendTemplate, createTestBackend, databaseDigest, digestsAround, type TestBackend } from './fixture';

const opened: TestBackend[] = [];
afterAll(() => {
  for (const t of opened.splice(0)) t.close();
});

describe('digestsAround', () => {
  it('says a refused or read-only call changed nothing, and a committed write changed the database', async () => {
    const t = await createTestBackend();
    opened.push(t);
    const side = t.openSideConnection();
    const digest = databaseDigest(side);

    const read = await digestsAround(t, () => t.call(t.admin, 'departments.list', {}));
    expect(read.result.ok).toBe(true);
    expect(read.after).toBe(read.before);
    const refused = await digestsAround(t, () => t.call(t.backend.newSession(), 'departments.create', { name: '未登录', kind: 'department' }));
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(refused.after).toBe(refused.before);
    expect(databaseDigest(side)).toBe(digest);

    const written = await digestsAround(t, () => t.call(t.admin, 'departments.create', { name: '新部门', kind: 'department' }));
    expect(written.result.ok).toBe(true);
    expect(written.before).toBe(digest); // the snapshot's, from before the write
    expect(written.after).toBe(databaseDigest(side));
    expect(written.after).not.toBe(written.before);
    side.close();
  });
});

describe('createBackendTemplate', () => {
  it('gives each back end made from it a copy of its data, with the administrator signed in and the chain intact', async () => {
    const template = await createBackendTemplate(async (t) => {
      await t.expectOk(t.admin, 'departments.create', { name: '模板部门', kind: 'department' });
      await t.signInAs(['agent']);
    });
    try {
      const first = await createTestBackend({ from: template });
      opened.push(first);
      const second = await createTestBackend({ from: template });
      opened.push(second);
      await first.expectOk(first.admin, 'departments.create', { name: '只在第一份', kind: 'department' });
      const names = async (t: TestBackend) => (await t.expectOk(t.admin, 'departments.list', {})).items.map((d) => d.name);
      expect(await names(first)).toEqual(expect.arrayContaining(['模板部门', '只在第一份']));
      expect(await names(second)).toContain('模板部门');
      expect(await names(second)).not.toContain('只在第一份');
      expect(first.adminId).toBe(template.adminId);
      expect(first.clock.now()).toBe(template.time);
      expect(second.usersByRoles.get('agent')).toBe(template.usersByRoles.get('agent'));
      expect(await second.expectOk(second.admin, 'audit.verify', {})).toMatchObject({ valid: true });
    } finally {
      template.remove();
    }
  });
});
