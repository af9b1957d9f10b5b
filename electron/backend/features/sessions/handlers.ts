// The connected desks (the LAN issue): the sessions open now, with who and from where, and ending one.
import type { ConnectedDesk, sessionsApi } from '../../../../shared/api/sessions';
import { sql } from '../../db/connection';
import { signedIn, type HandlersOf } from '../../context';
import { DomainError, fieldInvalid } from '../../lib/errors';

export const sessionsHandlers = {
  'sessions.list': (ctx) => {
    const open = ctx.services.sessions.list();
    const users = new Map(
      (sql(ctx.db, 'SELECT u.id, u.username, u.display_name FROM json_each(?) j JOIN users u ON u.id = j.value').all(
        JSON.stringify([...new Set(open.map((s) => s.userId))]),
      ) as { id: number; username: string; display_name: string }[]).map((u) => [u.id, u]),
    );
    const mine = ctx.services.sessions.idOf(ctx.session);
    const items: ConnectedDesk[] = open.flatMap((s) => {
      const user = users.get(s.userId);
      return user ? [{ ...s, username: user.username, displayName: user.display_name, current: s.id === mine }] : [];
    });
    return { items };
  },

  'sessions.end': (ctx, input) => {
    if (input.id === ctx.services.sessions.idOf(ctx.session)) {
      throw fieldInvalid('id', 'sessions.notYourOwn', 'Sign out to end your own session');
    }
    const desk = ctx.services.sessions.list().find((s) => s.id === input.id);
    if (!desk) throw new DomainError('not_found', 'That session has ended already', 'sessions.gone');
    const result = ctx.write(() => {
      const ended = ctx.services.sessions.end(input.id);
      ctx.audit({ entity: 'session', entityId: desk.userId, after: { endedBy: signedIn(ctx).username, address: desk.address, since: desk.since } });
      return { ended };
    });
    return result;
  },
} satisfies HandlersOf<typeof sessionsApi>;
