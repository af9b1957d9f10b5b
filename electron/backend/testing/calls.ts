// A call logged as a service request, for the tests of what is written up from one (difficult questions, suggestions,
// complaint forms, articles used to answer): by the hotline, general priority and no description unless the test says.
import type { ApiInput, ApiOutput } from '../../../shared/api';
import type { SessionContext } from '../features/auth/sessions';
import type { TestBackend } from './fixture';

type CallInput = ApiInput<'requests.create'>;

/** Logs the call through `requests.create` (which must succeed) and returns the request. */
export function logCall(
  t: TestBackend,
  session: SessionContext,
  call: Pick<CallInput, 'callerPhone' | 'kind' | 'subject'> & Partial<CallInput>,
): Promise<ApiOutput<'requests.create'>> {
  return t.expectOk(session, 'requests.create', { channel: 'hotline', priority: 'general', description: '', ...call });
}
