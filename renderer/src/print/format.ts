// Dates on printed pages: in the center's time zone, the same numeric shape in both languages (as the paper forms).
// One Intl formatter per page, asked for parts: a quarter's register formats ~36,000 instants, and dayjs' tz() built a
// new formatter for each (≈ 0.3 ms a call), which alone kept the register from being ready for seconds.

export interface PrintFormat {
  dateTime: (ms: number | null | undefined) => string;
  date: (ms: number | null | undefined) => string;
  time: (ms: number | null | undefined) => string;
  /**
   * A deadline: the back end's deadlines end a day (midnight that starts the next day in the center's zone), which
   * the paper form gives as that day; any other time is given in full.
   */
  due: (ms: number | null | undefined) => string;
  /** The same deadline as its date and, unless it ends the day, its time: for a cell that puts them on two lines. */
  dueParts: (ms: number) => { date: string; time: string | null };
}

const FIELDS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-CA', { ...FIELDS, timeZone });
  } catch {
    // A zone this browser does not know: its own zone rather than nothing.
    return new Intl.DateTimeFormat('en-CA', FIELDS);
  }
}

export function printFormat(timeZone: string | undefined): PrintFormat {
  const formatter = formatterFor(timeZone);
  const at = (ms: number) => {
    const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
    for (const part of formatter.formatToParts(ms)) p[part.type] = part.value;
    return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, midnight: p.hour === '00' && p.minute === '00' && p.second === '00' };
  };
  const dateTime = (ms: number) => {
    const value = at(ms);
    return `${value.date} ${value.time}`;
  };
  const dueParts = (ms: number) => {
    const value = at(ms);
    return value.midnight && ms % 1000 === 0 ? { date: at(ms - 1).date, time: null } : { date: value.date, time: value.time };
  };
  return {
    dateTime: (ms) => (ms == null ? '' : dateTime(ms)),
    date: (ms) => (ms == null ? '' : at(ms).date),
    time: (ms) => (ms == null ? '' : at(ms).time),
    due: (ms) => {
      if (ms == null) return '';
      const { date, time } = dueParts(ms);
      return time === null ? date : `${date} ${time}`;
    },
    dueParts,
  };
}
