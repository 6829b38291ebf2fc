/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12). */
export function epochDayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Parses a `YYYY-MM-DD` calendar day into days since 1970-01-01, rejecting impossible dates by name. */
export function parseCalendarDay(text: string): number {
  const match = CALENDAR_DAY.exec(text);
  if (match === null) throw new RangeError(`calendar day "${text}" is not in the form YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const epochDay = epochDayOf(year, month, day);
  // Date.UTC rolls 2023-02-30 over to March; a round trip catches that.
  if (formatEpochDay(epochDay) !== text) throw new RangeError(`calendar day "${text}" does not exist`);
  return epochDay;
}

/**
 * Year, month (1..12) and day of an epoch day, by integer arithmetic (the civil-from-days algorithm of
 * Howard Hinnant); calendars call this for every session, where a Date object per call shows up in profiles.
 */
export function civilDateOf(epochDay: number): { readonly year: number; readonly month: number; readonly day: number } {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The year of an epoch day. */
export function yearOfEpochDay(epochDay: number): number {
  return civilDateOf(epochDay).year;
}

/** Formats days since 1970-01-01 as `YYYY-MM-DD` (years 0..9999). */
export function formatEpochDay(epochDay: number): string {
  const { year, month, day } = civilDateOf(epochDay);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day of the week of an epoch day: 0 = Sunday … 6 = Saturday. */
export function weekdayOfEpochDay(epochDay: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** The UTC day (days since 1970-01-01) containing the instant `time` (epoch ms). */
export function utcEpochDayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** The `n`-th (1-based) given weekday of a month, or the last one when `n` is -1. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): number {
  if (n === -1) {
    const last = epochDayOf(year, month + 1, 0);
    return last - ((weekdayOfEpochDay(last) - weekday + 7) % 7);
  }
  const first = epochDayOf(year, month, 1);
  return first + ((weekday - weekdayOfEpochDay(first) + 7) % 7) + 7 * (n - 1);
}
