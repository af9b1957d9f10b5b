// The working calendar and the service-level policy through invoke, on a real database: a supervisor's edits move
// deadlines, a reset brings the official day back, only supervisors edit, the policy is saved against its version.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/connection';
import { auditRowCount, createTestBackend, TestClock, type TestBackend } from '../../testing/fixture';
import { DEFAULT_SLA_RULES } from '../../../../shared/calendar/policy';
import { centerTimeZone } from '../../lib/center-time';
import { breachOf, lateness, otherDeadline, requestDeadlines, workingCalendar, workingTimeLate } from './deadlines';

const HOUR = 3_600_000;
const beijing = (date: string, time = '00:00') => Date.parse(`${date}T${time}:00+08:00`);

const opened: TestBackend[] = [];
async function backend(now = beijing('2026-11-20', '09:30')): Promise<TestBackend> {
  const t = await createTestBackend({ clock: new TestClock(now) });
  opened.push(t);
  return t;
}
const connections: Db[] = [];
afterEach(() => {
  for (const db of connections.splice(0)) db.close();
  for (const t of opened.splice(0)) t.close();
});

/**
 * A new connection to the back end's database file, for the functions other domains call inside their handlers (the
 * app's own connection is not exposed; its cache is exercised through the API, by calendar.addWorkingDays).
 */
function connect(t: TestBackend): Db {
  const db = openDatabase(t.backend.databaseFile);
  connections.push(db);
  return db;
}

describe('calendar.get', () => {
  it('lists a year’s official holidays and make-up days with their names, and says that next year is missing after 1 October', async () => {
    const t = await backend();
    const agent = await t.signInAs(['agent']);
    const year = await t.expectOk(agent, 'calendar.get', { year: 2026 });
    expect(year.today).toBe('2026-11-20');
    expect(year.officialYears).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    expect(year.missingOfficialYear).toBe(2027);
    const byDate = new Map(year.days.map((day) => [day.date, day]));
    expect(byDate.get('2026-10-01')).toMatchObject({ kind: 'holiday', source: 'official', name: { zh: '国庆节', en: 'National Day' } });
    expect(byDate.get('2026-10-10')).toMatchObject({ kind: 'working', source: 'official', name: { zh: '国庆节' } });
    expect(byDate.get('2026-09-25')).toMatchObject({ kind: 'holiday', name: { zh: '中秋节', en: 'Mid-autumn Festival' } });
    expect(byDate.has('2026-10-09')).toBe(false);
    expect(year.days.map((d) => d.date)).toEqual([...year.days.map((d) => d.date)].sort());
    // Without a year: the center's current one.
    expect((await t.expectOk(agent, 'calendar.get', {})).year).toBe(2026);
  });

  it('in September there is nothing to tell yet', async () => {
    const t = await backend(beijing('2026-09-15', '10:00'));
    expect((await t.expectOk(t.admin, 'calendar.get', {})).missingOfficialYear).toBeNull();
  });
});

describe('editing the calendar', () => {
  it('a make-up working day added by the supervisor moves the Nth working day earlier; a reset moves it back', async () => {
    const t = await backend();
    const supervisor = await t.signInAs(['supervisor']);
    const agent = await t.signInAs(['agent']);
    // From Friday 4 December 2026, 1 working day is Monday the 7th.
    expect(await t.expectOk(agent, 'calendar.addWorkingDays', { from: '2026-12-04', days: 1 })).toEqual({ date: '2026-12-07' });

    const saved = await t.expectOk(supervisor, 'calendar.setDay', { date: '2026-12-05', kind: 'working', name: '年终盘点加班' });
    expect(saved).toMatchObject({ date: '2026-12-05', kind: 'working', source: 'edited', name: { zh: '年终盘点加班' }, official: null });
    expect(saved.editedBy).toBeTruthy();
    expect(await t.expectOk(agent, 'calendar.addWorkingDays', { from: '2026-12-04', days: 1 })).toEqual({ date: '2026-12-05' });
    // The functions other domains use see the edit.
    expect(workingCalendar(connect(t)).isWorkingDay('2026-12-05')).toBe(true);
    expect(otherDeadline(connect(t), 'question', beijing('2026-12-04', '15:00'))).toBe(beijing('2026-12-06'));

    const year = await t.expectOk(agent, 'calendar.get', { year: 2026 });
    expect(year.days.find((d) => d.date === '2026-12-05')).toMatchObject({ source: 'edited', kind: 'working' });

    const reset = await t.expectOk(supervisor, 'calendar.resetDay', { date: '2026-12-05' });
    expect(reset).toEqual({ date: '2026-12-05', day: null });
    expect(await t.expectOk(agent, 'calendar.addWorkingDays', { from: '2026-12-04', days: 1 })).toEqual({ date: '2026-12-07' });
    expect(otherDeadline(connect(t), 'question', beijing('2026-12-04', '15:00'))).toBe(beijing('2026-12-08'));
    expect(await t.call(supervisor, 'calendar.resetDay', { date: '2026-12-05' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('an official holiday made a working day shows what it officially is, and comes back as the holiday on reset', async () => {
    const t = await backend();
    const supervisor = await t.signInAs(['supervisor']);
    const edited = await t.expectOk(supervisor, 'calendar.setDay', { date: '2026-10-07', kind: 'working' });
    expect(edited).toMatchObject({ kind: 'working', source: 'edited', official: { kind: 'holiday', name: { zh: '国庆节' } } });
    expect(await t.expectOk(supervisor, 'calendar.addWorkingDays', { from: '2026-09-30', days: 1 })).toEqual({ date: '2026-10-07' });
    const reset = await t.expectOk(supervisor, 'calendar.resetDay', { date: '2026-10-07' });
    expect(reset.day).toMatchObject({ kind: 'holiday', source: 'official', name: { zh: '国庆节' } });
    expect(await t.expectOk(supervisor, 'calendar.addWorkingDays', { from: '2026-09-30', days: 1 })).toEqual({ date: '2026-10-08' });
  });

  it('a holiday the supervisor enters for next year stops the notice, and moves deadlines across it', async () => {
    const t = await backend();
    const supervisor = await t.signInAs(['supervisor']);
    const before = await t.expectOk(supervisor, 'calendar.get', {});
    expect(before.knownYears).toContain(2026);
    expect(before.knownYears).not.toContain(2027);
    await t.expectOk(supervisor, 'calendar.setDay', { date: '2027-01-01', kind: 'holiday', name: '元旦' });
    const year = await t.expectOk(supervisor, 'calendar.get', { year: 2027 });
    expect(year.missingOfficialYear).toBeNull();
    // Deadlines in 2027 are no longer estimates (issue 16, item 6).
    expect(year.knownYears).toContain(2027);
    expect(year.days).toEqual([expect.objectContaining({ date: '2027-01-01', kind: 'holiday', name: { zh: '元旦', en: '元旦' } })]);
    expect(await t.expectOk(supervisor, 'calendar.addWorkingDays', { from: '2026-12-31', days: 1 })).toEqual({ date: '2027-01-04' });
  });

  it('every edit and reset is in the audit log, with the day before and after', async () => {
    const t = await backend();
    const supervisor = await t.signInAs(['supervisor']);
    await t.expectOk(supervisor, 'calendar.setDay', { date: '2026-12-12', kind: 'working', name: '加班' });
    await t.expectOk(supervisor, 'calendar.resetDay', { date: '2026-12-12' });
    const log = await t.expectOk(t.admin, 'audit.list', { entity: 'calendar_day' });
    expect(log.items.map((e) => [e.method, e.entityId])).toEqual([
      ['calendar.resetDay', '2026-12-12'],
      ['calendar.setDay', '2026-12-12'],
    ]);
    expect(log.items[1]!.before).toBeNull();
    expect(log.items[1]!.after).toMatchObject({ kind: 'working', name: { zh: '加班' } });
  });

  it('only a supervisor edits; everyone signed in reads; bad dates are refused as validation', async () => {
    const t = await backend();
    for (const roles of [['agent'], ['seat_manager'], ['admin']] as const) {
      const session = await t.signInAs([...roles]);
      expect(await t.call(session, 'calendar.setDay', { date: '2026-12-05', kind: 'working' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await t.call(session, 'sla.updatePolicy', { version: 1, ...DEFAULT_SLA_RULES })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((await t.call(session, 'calendar.get', { year: 2025 })).ok).toBe(true);
      expect((await t.call(session, 'sla.getPolicy', {})).ok).toBe(true);
    }
    const supervisor = await t.signInAs(['supervisor']);
    for (const date of ['2026-02-30', '2026/12/05', '1999-12-31']) {
      expect(await t.call(supervisor, 'calendar.setDay', { date, kind: 'holiday' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await t.call(supervisor, 'calendar.addWorkingDays', { from: '2026-12-05', days: -1 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('the service-level policy', () => {
  it('starts with the brief’s defaults as version 1', async () => {
    const t = await backend();
    const policy = await t.expectOk(t.admin, 'sla.getPolicy', {});
    expect(policy).toMatchObject({ version: 1, savedBy: null, ...DEFAULT_SLA_RULES });
    expect(policy.priorities.urgent).toEqual({ respond: { amount: 1, unit: 'hours' }, onSite: { amount: 4, unit: 'hours' }, solve: { amount: 8, unit: 'hours' } });
    expect(policy.priorities.general.solve).toEqual({ amount: 5, unit: 'working_days' });
    expect(policy.other).toEqual({
      question: { amount: 1, unit: 'working_days' },
      suggestion: { amount: 5, unit: 'working_days' },
      complaintInternal: { amount: 1, unit: 'working_days' },
      complaintTransfer: { amount: 3, unit: 'working_days' },
      complaintHigherLevel: { amount: 5, unit: 'working_days' },
    });
  });

  it('a supervisor saves a new version; a save against an old version is a conflict; every version is kept', async () => {
    const t = await backend();
    const supervisor = await t.signInAs(['supervisor']);
    const important = { ...DEFAULT_SLA_RULES.priorities.important, onSite: { amount: 8, unit: 'hours' as const } };
    const saved = await t.expectOk(supervisor, 'sla.updatePolicy', {
      version: 1,
      priorities: { ...DEFAULT_SLA_RULES.priorities, important },
      other: DEFAULT_SLA_RULES.other,
    });
    expect(saved.version).toBe(2);
    expect(saved.savedBy).toBeTruthy();
    expect(saved.priorities.important.onSite).toEqual({ amount: 8, unit: 'hours' });

    const audits = auditRowCount(connect(t));
    expect(await t.call(supervisor, 'sla.updatePolicy', { version: 1, ...DEFAULT_SLA_RULES })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(auditRowCount(connect(t))).toBe(audits);
    expect((await t.expectOk(supervisor, 'sla.getPolicy', {})).version).toBe(2);

    const history = await t.expectOk(supervisor, 'sla.history', {});
    expect(history.items.map((p) => p.version)).toEqual([2, 1]);
    expect(history.items[1]!.priorities.important.onSite).toEqual({ amount: 1, unit: 'working_days' });

    // Deadlines computed from now on use the new version.
    const received = beijing('2026-12-04', '10:00');
    expect(requestDeadlines(connect(t), 'important', received)).toMatchObject({ onSiteBy: received + 8 * HOUR, policyVersion: 2 });
  });

  it('refuses amounts out of range and units it does not know', async () => {
    const t = await backend();
    const supervisor = await t.signInAs(['supervisor']);
    const withRespond = (respond: unknown) => ({
      version: 1,
      priorities: { ...DEFAULT_SLA_RULES.priorities, urgent: { ...DEFAULT_SLA_RULES.priorities.urgent, respond } },
      other: DEFAULT_SLA_RULES.other,
    });
    for (const respond of [{ amount: 0, unit: 'hours' }, { amount: 721, unit: 'hours' }, { amount: 61, unit: 'working_days' }, { amount: 1.5, unit: 'hours' }, { amount: 1, unit: 'days' }]) {
      const result = await t.call(supervisor, 'sla.updatePolicy', withRespond(respond) as never);
      expect(result, JSON.stringify(respond)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    const result = await t.call(supervisor, 'sla.updatePolicy', withRespond({ amount: 721, unit: 'hours' }) as never);
    expect(!result.ok && result.error.details?.fields).toEqual([{ path: 'priorities.urgent.respond.amount', key: 'validation.slaAmount' }]);
  });
});

describe('deadlines for the other domains', () => {
  it('requestDeadlines: an important fault received at 17:30 on the last working day before National Day 2026', async () => {
    const t = await backend();
    const db = connect(t);
    const received = beijing('2026-09-30', '17:30');
    expect(requestDeadlines(db, 'important', received)).toEqual({
      respondBy: received + 2 * HOUR,
      onSiteBy: beijing('2026-10-09'),
      solveBy: beijing('2026-10-10'),
      policyVersion: 1,
    });
    expect(requestDeadlines(db, 'urgent', received)).toMatchObject({ respondBy: received + HOUR, onSiteBy: received + 4 * HOUR, solveBy: received + 8 * HOUR });
    expect(requestDeadlines(db, 'general', received)).toMatchObject({ respondBy: received + 24 * HOUR, onSiteBy: beijing('2026-10-11'), solveBy: beijing('2026-10-14') });
  });

  it('otherDeadline: complaints by route and suggestions, from the Friday before Spring Festival 2026', async () => {
    const t = await backend();
    const db = connect(t);
    const friday = beijing('2026-02-13', '11:00');
    expect(otherDeadline(db, 'complaintInternal', friday)).toBe(beijing('2026-02-15')); // the make-up Saturday
    expect(otherDeadline(db, 'complaintTransfer', friday)).toBe(beijing('2026-02-26'));
    expect(otherDeadline(db, 'complaintHigherLevel', friday)).toBe(beijing('2026-02-28'));
    expect(otherDeadline(db, 'suggestion', friday)).toBe(beijing('2026-02-28'));
    expect(otherDeadline(db, 'question', friday)).toBe(beijing('2026-02-15'));
  });

  it('lateness in working time and on the clock, with the breach class', async () => {
    const t = await backend();
    const db = connect(t);
    expect(centerTimeZone(db)).toBe('Asia/Shanghai');
    const due = beijing('2026-10-01'); // the end of 30 September
    const now = beijing('2026-10-08', '10:00');
    expect(workingTimeLate(db, due, now)).toBe(10 * HOUR);
    expect(workingTimeLate(db, due, now, 'hours')).toBe(now - due);
    expect(workingTimeLate(db, due, due - 1)).toBe(0);
    expect(lateness(db, due, now)).toEqual({ lateBy: now - due, lateByWorking: 10 * HOUR, breach: 'minor' });
    expect(lateness(db, due, now, 'completion').breach).toBe('major');
    expect(lateness(db, due, due)).toEqual({ lateBy: 0, lateByWorking: 0, breach: null });
    expect(breachOf(db, 'answer', due, null, beijing('2026-10-12', '10:00'))).toBe('major');
    expect(breachOf(db, 'answer', due, beijing('2026-09-30', '12:00'), now)).toBe('none');
  });

  it('a restored backup brings back the calendar it held, not the cached one', async () => {
    const t = await backend();
    const supervisor = await t.signInAs(['supervisor']);
    const backup = await t.expectOk(t.admin, 'backup.create', {});
    await t.expectOk(supervisor, 'calendar.setDay', { date: '2026-12-05', kind: 'working', name: '加班' });
    expect(await t.expectOk(t.admin, 'calendar.addWorkingDays', { from: '2026-12-04', days: 1 })).toEqual({ date: '2026-12-05' });
    await t.expectOk(t.admin, 'backup.restore', { id: backup.id });
    await t.adminSignsInAgain();
    expect(await t.expectOk(t.admin, 'calendar.addWorkingDays', { from: '2026-12-04', days: 1 })).toEqual({ date: '2026-12-07' });
  });
});
