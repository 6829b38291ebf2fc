import { ZoneClock } from '../market-data/calendar/zone-clock.js';
import { AppError } from '../errors/app-error.js';
import type { QuietHours } from '../storage/schema/alerts.js';

const DAY_MINUTES = 24 * 60;
const MINUTE_MS = 60_000;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Zone clocks by time zone: building one reads Intl, checking a trigger then is a table lookup. */
const clocks = new Map<string, ZoneClock>();
const MAX_CLOCKS = 500;

function clockOf(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    if (clocks.size >= MAX_CLOCKS) clocks.clear();
    clock = new ZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}

function minuteOfDay(text: string): number {
  const match = CLOCK_TIME.exec(text);
  if (match === null) throw new RangeError(`"${text}" is not a time of day HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The canonical name of an IANA time zone (`europe/berlin` → `Europe/Berlin`), or `undefined` when Intl does not know it. */
export function canonicalTimeZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Checks quiet hours from a request (already shaped by the route's schema: `HH:MM` times, a time-zone string) and
 * returns them with the zone's canonical name; a 400 naming `<field>.timeZone` for a zone Intl does not know, or
 * `<field>.end` for a window of no length.
 */
export function parseQuietHours(value: QuietHours, field: string): QuietHours {
  const timeZone = canonicalTimeZone(value.timeZone);
  if (timeZone === undefined) throw AppError.invalid(`${field}.timeZone`, `is not a known IANA time zone (e.g. Europe/Berlin, America/New_York, UTC); got ${JSON.stringify(value.timeZone)}`);
  if (value.start === value.end) throw AppError.invalid(`${field}.end`, 'must differ from start (quiet hours of no length; remove them instead)');
  return { start: value.start, end: value.end, timeZone };
}

/**
 * True when `time` (epoch ms) falls in the quiet hours, read on the wall clock of their time zone (daylight saving
 * time included): from `start` (inclusive) to `end` (exclusive), wrapping midnight when `end` comes before `start`.
 */
export function isQuietAt(quietHours: QuietHours, time: number): boolean {
  const clock = clockOf(quietHours.timeZone);
  const local = time + clock.offsetAt(time);
  const minute = Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / MINUTE_MS) % DAY_MINUTES;
  const start = minuteOfDay(quietHours.start);
  const end = minuteOfDay(quietHours.end);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}
