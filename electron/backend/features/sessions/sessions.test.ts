// The connected desks and how sessions end (the LAN issue): the administrator's list, ending another desk's session,
// a cookie refused from another address, and the idle time the center sets.
import { describe, expect, it } from 'vitest';
import { createTestBackend, USER_PASSWORD } from '../../testing/fixture';
import type { SessionContext } from '../auth/sessions';

describe('connected desks', () => {
  it('are listed with who, from where and since when, and one is ended by the administrator (audited)', async () => {
    const t = await createTestBackend();
    await t.createUser(['agent'], 'wangfang');
    const desk: SessionContext = { token: null, address: '192.168.1.31' };
    await t.expectOk(desk, 'auth.login', { username: 'wangfang', password: USER_PASSWORD });
    t.clock.advance(60_000);
    await t.expectOk(desk, 'auth.me', {});

    const { items } = await t.expectOk(t.admin, 'sessions.list', {});
    const agent = items.find((d) => d.username === 'wangfang')!;
    expect(agent).toMatchObject({ address: '192.168.1.31', current: false, lastSeenAt: agent.since + 60_000 });
    expect(agent.id).toMatch(/^[0-9a-f]{16}$/);
    expect(items.find((d) => d.current)).toMatchObject({ username: 'admin', address: null });
    expect(JSON.stringify(items)).not.toContain(desk.token);

    // Agents do not see who is signed in.
    expect(await t.call(desk, 'sessions.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The administrator's own session is ended by signing out, not here.
    const own = items.find((d) => d.current)!;
    expect(await t.call(t.admin, 'sessions.end', { id: own.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'id', key: 'sessions.notYourOwn' }] } },
    });

    await t.expectOk(t.admin, 'sessions.end', { id: agent.id });
    expect(await t.call(desk, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await t.call(t.admin, 'sessions.end', { id: agent.id })).toMatchObject({ ok: false, error: { code: 'not_found', reason: 'sessions.gone' } });
    const audit = await t.expectOk(t.admin, 'audit.list', { entity: 'session', limit: 5 });
    expect(audit.items[0]).toMatchObject({ method: 'sessions.end', after: expect.objectContaining({ address: '192.168.1.31' }) });
  });

  it('keep to the address they signed in from, unless the center allows otherwise; and end after the idle time set', async () => {
    const t = await createTestBackend();
    await t.createUser(['agent'], 'lina');
    const desk: SessionContext = { token: null, address: '192.168.1.40' };
    await t.expectOk(desk, 'auth.login', { username: 'lina', password: USER_PASSWORD });
    const stolen: SessionContext = { token: desk.token, address: '192.168.1.99' };
    expect(await t.call(stolen, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    // The thief's try does not sign the desk out.
    await t.expectOk(desk, 'auth.me', {});

    let settings = await t.expectOk(t.admin, 'settings.get', {});
    expect(settings).toMatchObject({ sessionIdleMinutes: 720, sessionBoundToAddress: true });
    settings = await t.expectOk(t.admin, 'settings.update', { version: settings.version, sessionBoundToAddress: false, sessionIdleMinutes: 15 });
    await t.expectOk(stolen, 'auth.me', {});

    expect(await t.call(t.admin, 'settings.update', { version: settings.version, sessionIdleMinutes: 2 })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'sessionIdleMinutes' }] } },
    });
    t.clock.advance(14 * 60_000);
    await t.expectOk(desk, 'auth.me', {});
    t.clock.advance(15 * 60_000 + 1);
    expect(await t.call(desk, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('that the host ends are told at once: ended by an administrator, by a password reset, by a deactivation', async () => {
    const t = await createTestBackend();
    const told: Array<{ reason: string; ids: readonly string[] | null }> = [];
    t.backend.events.on('signedOut', (notice, ids) => told.push({ reason: notice.reason, ids }));
    const user = await t.createUser(['agent'], 'zhaolei');
    const desk = async () => {
      const session: SessionContext = { token: null, address: '192.168.1.40' };
      await t.expectOk(session, 'auth.login', { username: 'zhaolei', password: USER_PASSWORD });
      return t.backend.services.sessions.idOf(session)!;
    };

    const ended = await desk();
    await t.expectOk(t.admin, 'sessions.end', { id: ended });
    const reset = await desk();
    await t.expectOk(t.admin, 'users.resetPassword', { id: user.id, newPassword: USER_PASSWORD });
    const deactivated = await desk();
    const current = (await t.expectOk(t.admin, 'users.list', { includeInactive: true })).items.find((u) => u.id === user.id)!;
    await t.expectOk(t.admin, 'users.update', { id: user.id, version: current.version, active: false });
    expect(told).toEqual([
      { reason: 'ended', ids: [ended] },
      { reason: 'ended', ids: [reset] },
      { reason: 'ended', ids: [deactivated] },
    ]);
  });
});
