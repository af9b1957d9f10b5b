// The desks signed in to this console now (the LAN issue): the host's administrator sees who works from where since
// when, and can end a session (a desk left signed in, a stolen cookie).
import { z } from 'zod';
import { method } from './define';

export interface ConnectedDesk {
  /** The session's public id (not its token: a token is never shown). */
  id: string;
  userId: number;
  username: string;
  displayName: string;
  /** The network address it signs in from; null for a window of the desktop app on this computer. */
  address: string | null;
  since: number;
  lastSeenAt: number;
  /** The session of the administrator asking. */
  current: boolean;
}

export const sessionIdSchema = z.string().regex(/^[0-9a-f]{16}$/, { message: 'validation.invalid' });

export const sessionsApi = {
  'sessions.list': method<{ items: ConnectedDesk[] }>()({
    summary: 'The desks signed in now: user, address, since when and last seen, most recently active first.',
    input: z.strictObject({}),
    access: ['admin'],
    kind: 'read',
  }),
  'sessions.end': method<{ ended: boolean }>()({
    summary: 'Ends one session: that desk is told at once if it listens to the change stream, else at its next call. An administrator may not end their own here.',
    input: z.strictObject({ id: sessionIdSchema }),
    access: ['admin'],
    kind: 'write',
  }),
};
