// The desktop app's own methods (`desk.*`, shared/ipc.ts), answered in its main process: which archive the desk works
// on, connecting it to the center's host by a fingerprint the user confirms, and serving as the host. No Electron
// here: restarting the app is handed in.
import { fail, ok, type Result } from '../../../shared/api/envelope';
import type { Me } from '../../../shared/api/auth';
import type { DeskConnection, DeskMethodName } from '../../../shared/ipc';
import type { SessionContext } from '../../backend/features/auth/sessions';
import type { DeskHost } from './desk-host';
import { changeDeskSettings, readDeskSettings } from './desk-settings';
import type { Hosting } from './hosting';
import { hostOrigin, parseHostAddress, PinError, pinFromProbe, probeHost, type HostAddress } from './pin';

export interface DeskMethodsContext {
  dataDir: string;
  /** What the desk's windows work on now. */
  host: DeskHost;
  /** The app serving its own archive to the center; null on a desk of another host. */
  hosting: Hosting | null;
  /** Restarts the app, after the answer has reached the page. */
  restart(): void;
}

const MAX_TEXT = 300;

const fieldProblem = (path: 'address' | 'fingerprint' | 'port', key: string, message: string) =>
  fail('validation', message, { details: { fields: [{ path, key }] } });

function textField(input: unknown, name: 'address' | 'fingerprint'): string | null {
  const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' && value.length <= MAX_TEXT ? value : null;
}

function addressOf(input: unknown): HostAddress | Result<never> {
  const text = textField(input, 'address');
  if (text === null || text.trim() === '') return fieldProblem('address', 'validation.required', 'The host address is required');
  try {
    return parseHostAddress(text);
  } catch (error) {
    return fieldProblem('address', 'desk.addressInvalid', (error as Error).message);
  }
}

const isFailure = (value: unknown): value is Result<never> => typeof value === 'object' && value !== null && 'ok' in value;

function probeFailure(error: unknown): Result<never> {
  if (error instanceof PinError && error.reason === 'host.notTls') return fieldProblem('address', 'desk.hostNotTls', error.message);
  return fieldProblem('address', 'desk.hostUnreachable', (error as Error).message);
}

export function deskMethods(context: DeskMethodsContext) {
  const connection = (): DeskConnection => {
    const { host } = readDeskSettings(context.dataDir);
    return {
      mode: host ? 'host' : 'local',
      host: host ? { origin: hostOrigin(host), fingerprint: host.fingerprint } : null,
      hosting: context.hosting?.state() ?? null,
    };
  };

  const isAdministrator = async (session: SessionContext) => {
    const me = await context.host.invoke(session, 'auth.me', {});
    return me.ok && (me.value as Me).roles.includes('admin');
  };

  const methods: Record<DeskMethodName, (session: SessionContext, input: unknown) => Promise<Result<unknown>>> = {
    'desk.connection': async () => ok(connection()),
    'desk.probeHost': async (_session, input) => {
      const address = addressOf(input);
      if (isFailure(address)) return address;
      try {
        const probe = await probeHost(address);
        return ok({ origin: hostOrigin(probe), fingerprint: probe.fingerprint, validTo: probe.validTo });
      } catch (error) {
        return probeFailure(error);
      }
    },
    'desk.connectToHost': async (_session, input) => {
      const address = addressOf(input);
      if (isFailure(address)) return address;
      const fingerprint = textField(input, 'fingerprint');
      if (!fingerprint) return fieldProblem('fingerprint', 'validation.required', 'The fingerprint is required');
      let pin;
      try {
        // Probed again: the pin is the certificate the host shows now, and only if it is the one the user compared.
        pin = pinFromProbe(await probeHost(address), fingerprint);
      } catch (error) {
        if (error instanceof PinError && error.reason === 'fingerprint.invalid') {
          return fieldProblem('fingerprint', 'desk.fingerprintMismatch', error.message);
        }
        return probeFailure(error);
      }
      changeDeskSettings(context.dataDir, { host: pin });
      setTimeout(context.restart, 300);
      return ok({ origin: hostOrigin(pin) });
    },
    'desk.workLocally': async () => {
      changeDeskSettings(context.dataDir, { host: null });
      setTimeout(context.restart, 300);
      return ok({ restarting: true });
    },
    'desk.setHosting': async (session, input) => {
      if (!context.hosting) {
        return fail('invalid_state', 'Only a desk on its own archive can serve the center', { reason: 'desk.notOwnArchive' });
      }
      if (!(await isAdministrator(session))) return fail('forbidden', 'Only an administrator may do this', { reason: 'forbidden' });
      const { serving, port } = (typeof input === 'object' && input !== null ? input : {}) as { serving?: unknown; port?: unknown };
      if (typeof serving !== 'boolean') return fieldProblem('port', 'validation.invalidType', 'serving must be true or false');
      const wanted = port === undefined ? context.hosting.state().port : port;
      if (!Number.isInteger(wanted) || (wanted as number) < 1024 || (wanted as number) > 65535) {
        return fieldProblem('port', 'desk.portRange', 'The port is a number from 1024 to 65535');
      }
      return ok(await context.hosting.set(serving, wanted as number));
    },
  };

  return (session: SessionContext, method: DeskMethodName, input: unknown): Promise<Result<unknown>> => methods[method](session, input);
}
