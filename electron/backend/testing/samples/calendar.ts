// Sample inputs of the calendar and sla domains' methods (see ../sample-inputs.ts).
import { addDays } from '../../../../shared/customers/dates';
import { DEFAULT_SLA_RULES } from '../../../../shared/calendar/policy';
import { ref, type DomainSamples } from './types';

/**
 * A day the supervisor has edited, for `calendar.resetDay` to reset. Made once per back end, never again: a refused
 * call must find the database as it was, so `prepare` may not write after the first time (a second reset is not_found).
 */
const EDITED_DAY = '2027-02-06';
const prepared = new WeakSet<object>();

export const calendarSamples: DomainSamples<'calendar'> = {
  inputs: {
    'calendar.get': () => ({ year: 2026 }),
    // A Saturday made a working day, as the center does to bridge a holiday; a different day on each call.
    'calendar.setDay': (c) => ({ date: addDays('2027-03-06', 7 * (c.seq % 200)), kind: 'working', name: '中心调休上班' }),
    'calendar.resetDay': () => ({ date: EDITED_DAY }),
    'calendar.addWorkingDays': () => ({ from: '2026-09-30', days: 3 }),
  },
  prepare: async (t, side) => {
    if (!prepared.has(t) && !side.prepare('SELECT 1 FROM calendar_days WHERE date = ?').get(EDITED_DAY)) {
      prepared.add(t);
      const supervisor = await t.signInAs(['supervisor']);
      await t.expectOk(supervisor, 'calendar.setDay', { date: EDITED_DAY, kind: 'holiday', name: '春节加休' });
    }
    return {};
  },
};

export const slaSamples: DomainSamples<'sla'> = {
  inputs: {
    'sla.getPolicy': () => ({}),
    'sla.updatePolicy': (c) => ({
      version: ref(c, 'sla.version'),
      priorities: DEFAULT_SLA_RULES.priorities,
      other: { ...DEFAULT_SLA_RULES.other, question: { amount: 1 + (c.seq % 2), unit: 'working_days' } },
    }),
    'sla.history': () => ({}),
  },
  prepare: async (_t, side) => ({
    'sla.version': side.prepare('SELECT max(version) FROM sla_policy_versions').pluck().get() as number,
  }),
};
