// Demo data of the working calendar: the supervisor's own changes over the official days, made through the API.
import type { Backend } from '..';
import type { ApiInput, MethodName } from '../../../shared/api';
import { addDays, todayIn } from '../../../shared/customers/dates';
import { officialDay } from '../../../shared/calendar/official';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The first date on or after `from` that is this weekday and not an official holiday or make-up day. */
function nextOrdinary(from: string, wanted: number): string {
  let date = from;
  while (weekday(date) !== wanted || officialDay(date)) date = addDays(date, 1);
  return date;
}

/**
 * The supervisor makes a Saturday a working day for the year-end stock-taking and gives the staff a weekday off for
 * the center's anniversary, both in the weeks ahead, so deadlines of the demo requests move around them.
 */
export async function seedCalendar(backend: Backend, password: string): Promise<void> {
  const session = backend.newSession();
  const call = async <M extends MethodName>(method: M, input: ApiInput<M>) => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) throw new Error(`Demo data: ${method} failed: ${result.error.message}`);
    return result.value;
  };
  await call('auth.login', { username: 'supervisor', password });
  const settings = (await call('settings.get', {})) as { timeZone: string };
  const today = todayIn(settings.timeZone, Date.now());
  await call('calendar.setDay', { date: nextOrdinary(addDays(today, 8), 6), kind: 'working', name: '年终盘点加班 (Year-end stock-taking)' });
  await call('calendar.setDay', { date: nextOrdinary(addDays(today, 15), 3), kind: 'holiday', name: '中心成立纪念日 (Center anniversary)' });
  await call('auth.logout', {});
}
