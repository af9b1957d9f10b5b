// The desktop app's own methods (shared/ipc.ts `desk.*`), answered by its main process on the one IPC channel: which
// archive this desk works on, connecting it to the center's host, and serving as the host. The browser has none.
import type { FieldIssue } from '../../../../shared/api/envelope';
import type { DeskMethodName, DeskMethods } from '../../../../shared/ipc';
import { ApiCallError, desktopApi } from '../../lib/api';

export async function deskCall<M extends DeskMethodName>(method: M, input: DeskMethods[M]['input']): Promise<DeskMethods[M]['output']> {
  const desktop = desktopApi();
  if (!desktop) throw new ApiCallError({ code: 'invalid_state', message: 'Only the desktop app has this', reason: 'desk.desktopOnly' });
  const result = await desktop.invoke(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as DeskMethods[M]['output'];
}

/** The first problem the main process found with this field, if any. */
export function fieldIssue(error: unknown, path: string): FieldIssue | undefined {
  return error instanceof ApiCallError ? error.error.details?.fields?.find((issue) => issue.path === path) : undefined;
}
