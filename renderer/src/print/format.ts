// Dates on printed pages: in the center's time zone, the same numeric shape in both languages (as the paper forms).
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface PrintFormat {
  dateTime: (ms: number | null | undefined) => string;
  date: (ms: number | null | undefined) => string;
  time: (ms: number | null | undefined) => string;
  /**
   * A deadline: the back end's deadlines end a day (midnight that starts the next day in the center's zone), which
   * the paper form gives as that day; any other time is given in full.
   */
  due: (ms: number | null | undefined) => string;
}

export function printFormat(timeZone: string | undefined): PrintFormat {
  const at = (ms: number) => {
    const value = dayjs(ms);
    try {
      return timeZone ? value.tz(timeZone) : value;
    } catch {
      return value;
    }
  };
  return {
    dateTime: (ms) => (ms == null ? '' : at(ms).format('YYYY-MM-DD HH:mm')),
    date: (ms) => (ms == null ? '' : at(ms).format('YYYY-MM-DD')),
    time: (ms) => (ms == null ? '' : at(ms).format('HH:mm')),
    due: (ms) => {
      if (ms == null) return '';
      const value = at(ms);
      return value.format('HH:mm:ss.SSS') === '00:00:00.000' ? at(ms - 1).format('YYYY-MM-DD') : value.format('YYYY-MM-DD HH:mm');
    },
  };
}
