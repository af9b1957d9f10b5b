// What the back end tells whoever listens (the Electron main process, the web server's change streams): the integrity
// check's report, each write's change notice, and sessions ended by the host.
import type { IntegrityReport } from './features/system/integrity';
import type { SessionContext } from './features/auth/sessions';
import type { ChangeNotice, SignedOutNotice } from '../../shared/live';

export interface BackendEvents {
  integrity: [IntegrityReport];
  /** A write succeeded; `session` is the writer's, so its own desk is not told of its own change. */
  changed: [ChangeNotice, SessionContext];
  /** Sessions the host ended, by their public ids (null: every session, as a restore ends them). */
  signedOut: [SignedOutNotice, readonly string[] | null];
}
