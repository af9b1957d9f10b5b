// The working calendar (工作日历) and the service-level policy (服务时限).
import type { CalendarDay, CalendarYear, calendarApi, slaApi } from '../../../../shared/api/calendar';
import { knownCalendarYears, missingOfficialYear } from '../../../../shared/calendar/coverage';
import { OFFICIAL_YEARS, officialDay, officialDaysOf } from '../../../../shared/calendar/official';
import { addWorkingDays } from '../../../../shared/calendar/working-days';
import { signedIn, type HandlerContext, type HandlersOf } from '../../context';
import { notFound, staleVersion } from '../../lib/errors';
import { centerToday } from '../../lib/center-time';
import { forgetSlaPolicy, forgetWorkingCalendar, workingCalendar } from './deadlines';
import { currentPolicy, deleteEdit, editsBetween, findEdit, insertPolicyVersion, policyHistory, upsertEdit, yearsWithEditedHolidays } from './repository';

/** What a date is now, when it is more than an ordinary weekday or weekend: the edit, else the official day. */
function dayAsItIs(ctx: HandlerContext, date: string): CalendarDay | null {
  const edit = findEdit(ctx.db, date);
  if (edit) return edit;
  const official = officialDay(date);
  return official ? { ...official, source: 'official', official: null, editedBy: null, editedAt: null } : null;
}

function calendarYear(ctx: HandlerContext, year: number | undefined): CalendarYear {
  const today = centerToday(ctx.db, ctx.now());
  const handYears = yearsWithEditedHolidays(ctx.db);
  const shown = year ?? Number(today.slice(0, 4));
  const edits = editsBetween(ctx.db, `${shown}-01-01`, `${shown + 1}-01-01`);
  const edited = new Set(edits.map((day) => day.date));
  const official: CalendarDay[] = officialDaysOf(shown)
    .filter((day) => !edited.has(day.date))
    .map((day) => ({ ...day, source: 'official', official: null, editedBy: null, editedAt: null }));
  return {
    year: shown,
    today,
    days: [...official, ...edits].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    officialYears: [...OFFICIAL_YEARS],
    missingOfficialYear: missingOfficialYear(today, OFFICIAL_YEARS, handYears),
    knownYears: knownCalendarYears(OFFICIAL_YEARS, handYears),
  };
}

/** Runs a change of the calendar or the policy; whatever happens, the cached calendar and policy are read again next time. */
function changing<T>(ctx: HandlerContext, change: () => T): T {
  try {
    return ctx.write(change);
  } finally {
    forgetWorkingCalendar(ctx.db);
    forgetSlaPolicy(ctx.db);
  }
}

export const calendarHandlers = {
  'calendar.get': (ctx, input) => calendarYear(ctx, input.year),

  'calendar.setDay': (ctx, input) =>
    changing(ctx, () => {
      const before = dayAsItIs(ctx, input.date);
      upsertEdit(ctx.db, { date: input.date, kind: input.kind, name: input.name ?? '', editedBy: signedIn(ctx).id, editedAt: ctx.now() });
      const after = findEdit(ctx.db, input.date)!;
      ctx.audit({ entity: 'calendar_day', entityId: input.date, before, after });
      return after;
    }),

  'calendar.resetDay': (ctx, input) =>
    changing(ctx, () => {
      const before = findEdit(ctx.db, input.date);
      if (!before || !deleteEdit(ctx.db, input.date)) throw notFound('Calendar edit of', input.date);
      const after = dayAsItIs(ctx, input.date);
      ctx.audit({ entity: 'calendar_day', entityId: input.date, before, after });
      return { date: input.date, day: after };
    }),

  'calendar.addWorkingDays': (ctx, input) => ({ date: addWorkingDays(workingCalendar(ctx.db), input.from, input.days) }),
} satisfies HandlersOf<typeof calendarApi>;

export const slaHandlers = {
  'sla.getPolicy': (ctx) => currentPolicy(ctx.db),

  'sla.updatePolicy': (ctx, input) =>
    changing(ctx, () => {
      const before = currentPolicy(ctx.db);
      const rules = { priorities: input.priorities, other: input.other };
      if (!insertPolicyVersion(ctx.db, input.version, rules, signedIn(ctx).id, ctx.now())) throw staleVersion('The service-level policy');
      const after = currentPolicy(ctx.db);
      ctx.audit({ entity: 'sla_policy', entityId: after.version, before, after });
      return after;
    }),

  'sla.history': (ctx) => ({ items: policyHistory(ctx.db) }),
} satisfies HandlersOf<typeof slaApi>;
