// The demo's complaint forms, seeded with the whole demo at two different moments (a Monday night, and an afternoon in
// the National Day holiday): four months of forms at every state of the route, inside the center and transferred to a
// department and to the higher-level office, some late, one signed with a drawn signature, each with its steps in the
// service log of its complaint call and in its customer's timeline, and an audit chain that still verifies.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '..';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import type { Complaint } from '../../../shared/api/complaints';
import { COMPLAINT_STATES } from '../../../shared/complaints/route';
import { makeTempDir, TEST_COST_LOG2 } from '../testing/fixture';
import { DEMO_COMPLAINTS } from './complaint-stories';
import { DEMO_PASSWORD, seedDemoData } from './seed';

const DAY = 86_400_000;

let backend: Backend | null = null;
let dataDir: string | null = null;
afterEach(() => {
  backend?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  backend = dataDir = null;
  vi.useRealTimers();
});

async function signedIn(username: string) {
  const session = backend!.newSession();
  const call = async <M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await backend!.invoke(session, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as ApiOutput<M>;
  };
  await call('auth.login', { username, password: DEMO_PASSWORD });
  return call;
}

const MOMENTS = [
  ['on a Monday at 02:10 in Shanghai', Date.UTC(2026, 11, 6, 18, 10)],
  ['on a National Day holiday afternoon', Date.UTC(2026, 9, 3, 7, 30)],
] as const;

describe('demo complaint forms', () => {
  for (const [when, now] of MOMENTS) {
    it(`tell four months of the route through every desk, seeded ${when}`, async () => {
      // Only Date is frozen: the seed and the back end read the same "now"; the replay's own clock walks the months.
      vi.useFakeTimers({ toFake: ['Date'], now });
      dataDir = makeTempDir('aftersales-demo-');
      backend = createBackend({ dataDir, background: false, passwordCostLog2: TEST_COST_LOG2, logError: (error) => console.error(error) });
      await seedDemoData(backend);
      const supervisor = await signedIn('supervisor');

      const { items } = await supervisor('complaints.list', { limit: 100 });
      expect(items).toHaveLength(DEMO_COMPLAINTS.length);
      expect(new Set(items.map((c) => c.state))).toEqual(new Set(COMPLAINT_STATES));
      const received = items.map((c) => c.receivedAt);
      expect(Math.max(...received)).toBeLessThanOrEqual(now);
      expect(Math.min(...received)).toBeLessThan(now - 100 * DAY);
      expect(new Set(items.map((c) => c.route))).toEqual(new Set([null, 'internal', 'transfer_department', 'transfer_higher_level']));
      expect(new Set(items.filter((c) => c.route === 'transfer_department').map((c) => c.unit!.name)).size).toBeGreaterThanOrEqual(3);
      expect(items.some((c) => /[一-龥]/.test(c.content)) && items.some((c) => /^[A-Za-z]/.test(c.content))).toBe(true);

      const forms: Complaint[] = [];
      for (const item of items) forms.push(await supervisor('complaints.get', { id: item.id }));
      // Every step in order, by the desk that takes it; a filed form went through 8 to 12 of them.
      for (const form of forms) {
        expect(form.steps[0]).toMatchObject({ step: 'fill', toState: 'filled' });
        expect(form.steps.at(-1)!.toState).toBe(form.state);
        const times = form.steps.map((s) => s.at);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        if (form.state === 'filed') expect(form.steps.length).toBeGreaterThanOrEqual(8);
      }
      expect(forms.some((f) => f.steps.some((s) => s.step === 'returnForCorrection'))).toBe(true);
      const late = forms.filter((f) => f.deadline?.late);
      expect(late.filter((f) => f.state === 'filed').length).toBeGreaterThanOrEqual(3);
      expect(late.some((f) => f.deadline!.doneAt === null)).toBe(true);
      const drawn = forms.filter((f) => f.part1.signature !== null);
      expect(drawn).toHaveLength(1);
      expect(drawn[0]!.part1.signature).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
      expect(drawn[0]!.part2.transferUnit?.kind).toBe('higher_level');

      const board = await supervisor('complaints.due', { limit: 200 });
      expect(board.late.length).toBeGreaterThanOrEqual(2);
      expect(board.late.some((d) => d.part2Out)).toBe(true);

      // The register of a month two months back has forms in it, with the deadlines judged.
      const month = new Date(now - 60 * DAY).toISOString().slice(0, 7);
      const register = await supervisor('complaints.register', { from: `${month}-01`, to: `${month}-28` });
      expect(register.rows.length).toBeGreaterThanOrEqual(4);
      expect(register.totals.met + register.totals.late).toBe(register.rows.length);

      // A complaint call's service log and the customer's timeline carry the steps, at the times they were taken.
      const filedFromCall = forms.find((f) => f.requestId !== null && f.state === 'filed')!;
      const { log } = await supervisor('requests.get', { id: filedFromCall.requestId! });
      const kinds = log.map((line) => line.kind);
      expect(kinds).toEqual(expect.arrayContaining(['complaint.filled', 'complaint.reviewed', 'complaint.routed', 'complaint.replied', 'complaint.filed']));
      expect(log.find((line) => line.kind === 'complaint.filed')!.at).toBe(filedFromCall.part1.filedAt);
      const timeline = await supervisor('customers.timeline', { customerId: filedFromCall.customerId, limit: 100 });
      expect(timeline.items.filter((e) => e.kind.startsWith('complaint.') && e.details.complaintId === filedFromCall.id).length).toBe(
        filedFromCall.steps.length,
      );

      expect(await supervisor('audit.verify', {})).toMatchObject({ valid: true });
      // The desks can still sign in today: the replay left no one signed out or locked.
      await signedIn('agent');
    }, 60_000);
  }
});
