// Which hotline a call came in on when the agent says nothing: the night & holiday hotline (夜间及节假日热线) outside
// the day shift and on days off of the working calendar, else the service hotline (服务热线).
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { CalendarDay } from '../../../../../shared/api/calendar';
import type { RequestChannel } from '../../../../../shared/api/requests';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The day shift: from 08:00 to 18:00, center time. */
export const DAY_SHIFT = { startHour: 8, endHour: 18 } as const;

export function defaultChannel(now: number, timeZone: string, days: readonly Pick<CalendarDay, 'date' | 'kind'>[]): RequestChannel {
  const local = dayjs(now).tz(timeZone);
  const hour = local.hour();
  if (hour < DAY_SHIFT.startHour || hour >= DAY_SHIFT.endHour) return 'night_hotline';
  const date = local.format('YYYY-MM-DD');
  const listed = days.find((day) => day.date === date);
  const weekend = local.day() === 0 || local.day() === 6;
  const dayOff = listed ? listed.kind === 'holiday' : weekend;
  return dayOff ? 'night_hotline' : 'hotline';
}
