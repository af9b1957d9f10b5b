// Where days begin and end in a time zone, with Intl only (no tz database of our own). Each day's first instant is
// asked of Intl once and remembered, so the board can place thousands of instants in their days quickly.
import { DAY_MS, firstDayOfYear } from './day-numbers';

/** Past this many remembered day starts the memory is cleared and refilled as needed. */
const MAX_REMEMBERED_DAYS = 50_000;

export class ZoneClock {
  private readonly formatter: Intl.DateTimeFormat;
  private readonly dayStarts = new Map<number, number>();
  private readonly yearOffsets = new Map<number, number | null>();
  /** The offset last seen, as the first guess of an instant's day. */
  private lastOffset: number;

  constructor(readonly timeZone: string) {
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    this.lastOffset = this.offsetAt(Date.UTC(2026, 0, 1));
  }

  /** Local wall-clock time minus UTC at an instant, in milliseconds (+8 h for Asia/Shanghai). */
  offsetAt(instant: number): number {
    const parts = this.formatter.formatToParts(instant);
    const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
    const wall = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
    return wall - Math.floor(instant / 1000) * 1000;
  }

  /** The local day (day number) an instant falls on, asked of Intl directly. */
  private localDayDirect(instant: number): number {
    return Math.floor((instant + this.offsetAt(instant)) / DAY_MS);
  }

  /** The first instant (epoch ms) of a local day: midnight, or the end of a daylight-saving gap that swallowed it. */
  startOfDay(day: number): number {
    const known = this.dayStarts.get(day);
    if (known !== undefined) return known;
    const start = this.computeStartOfDay(day);
    if (this.dayStarts.size >= MAX_REMEMBERED_DAYS) this.dayStarts.clear();
    this.dayStarts.set(day, start);
    return start;
  }

  private computeStartOfDay(day: number): number {
    const midnightUtc = day * DAY_MS;
    // Local midnight is UTC midnight minus the offset in force then. Nearly always the offset is the same at that
    // instant and a second before it: that is the answer.
    const offset = this.offsetAt(midnightUtc - this.lastOffset);
    const midnight = midnightUtc - offset;
    if (this.offsetAt(midnight) === offset && this.offsetAt(midnight - 1000) === offset) return midnight;
    // Around a change of offset either side's may apply.
    const candidates = new Set<number>();
    for (const probe of [midnightUtc, midnightUtc - DAY_MS / 2, midnightUtc + DAY_MS / 2]) {
      const guess = midnightUtc - this.offsetAt(probe);
      candidates.add(guess);
      candidates.add(midnightUtc - this.offsetAt(guess));
    }
    let best: number | null = null;
    for (const candidate of candidates) {
      if (this.localDayDirect(candidate) === day && this.localDayDirect(candidate - 1) === day - 1) {
        if (best === null || candidate < best) best = candidate;
      }
    }
    if (best !== null) return best;
    // Midnight fell in a gap (the clock jumped past it): the day begins at the jump. Find it to the second.
    let low = Math.min(...candidates) - DAY_MS / 4;
    let high = Math.max(...candidates) + DAY_MS / 4;
    while (high - low > 1000) {
      const middle = Math.floor((low + high) / 2000) * 1000;
      if (this.localDayDirect(middle) >= day) high = middle;
      else low = middle;
    }
    return high;
  }

  /** The local day (day number) an instant falls on. */
  dayOf(instant: number): number {
    let day = Math.floor((instant + this.lastOffset) / DAY_MS);
    // The guess is off by at most a day; checking against remembered day starts keeps Intl out of the common path.
    for (let step = 0; step < 4; step += 1) {
      if (instant < this.startOfDay(day)) day -= 1;
      else if (instant >= this.startOfDay(day + 1)) day += 1;
      else return day;
    }
    day = this.localDayDirect(instant);
    this.lastOffset = this.offsetAt(instant);
    return day;
  }

  /** Whether every day from `fromDay` to `toDay` is exactly 24 hours long (no change of offset in those years). */
  hasFixedOffset(fromDay: number, toDay: number): boolean {
    const fromYear = new Date(fromDay * DAY_MS).getUTCFullYear();
    const toYear = new Date(toDay * DAY_MS).getUTCFullYear();
    const offset = this.yearOffset(fromYear);
    if (offset === null) return false;
    for (let year = fromYear + 1; year <= toYear; year += 1) if (this.yearOffset(year) !== offset) return false;
    return true;
  }

  /** The year's one offset, or null when it has more than one (daylight saving). */
  private yearOffset(year: number): number | null {
    let offset = this.yearOffsets.get(year);
    if (offset === undefined) {
      const start = firstDayOfYear(year) * DAY_MS;
      // Daylight saving shows as a different offset in one part of the year than in another.
      const offsets = [0, 91, 182, 273].map((days) => this.offsetAt(start + days * DAY_MS));
      offset = offsets.every((each) => each === offsets[0]) ? offsets[0]! : null;
      this.yearOffsets.set(year, offset);
    }
    return offset;
  }
}

const clocks = new Map<string, ZoneClock>();

/** The clock of a time zone (IANA name), made once per zone. Throws RangeError for a zone Intl does not know. */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new ZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}
