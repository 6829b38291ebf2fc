import { parseCalendarDay } from '../../calendar/calendar-day.js';
import { ZoneClock } from '../../calendar/zone-clock.js';

/** The clock of US exchanges (NYSE, Nasdaq), whose sessions the US data sources speak in. */
export const NEW_YORK_CLOCK = new ZoneClock('America/New_York');

/** The UTC instant of `hour:minute` New York time on `date` (`YYYY-MM-DD`); undefined when `date` is not such a date. */
export function newYorkTime(date: string, hour: number, minute: number): number | undefined {
  let day: number;
  try {
    day = parseCalendarDay(date);
  } catch {
    return undefined;
  }
  return NEW_YORK_CLOCK.wallTimeToEpoch(day, hour * 60 + minute);
}

/** 16:00 New York time, the regular session's close, on the New York date of the instant `utc`. */
export function newYorkSessionClose(utc: number): number {
  return NEW_YORK_CLOCK.wallTimeToEpoch(NEW_YORK_CLOCK.localDayOf(utc), 16 * 60);
}

/** When in the day a company announced its earnings. */
export type AnnouncementTiming = 'before-open' | 'during-session' | 'after-close' | 'unknown';

/**
 * The first moment an earnings release of `date` is surely public, so agents that read reports
 * "up to now" never see one early: 09:30 New York time for releases before the open, 16:00 for
 * releases during the session, 20:00 (the end of after-hours trading) after the close or when the
 * source does not say. Undefined when `date` is not a `YYYY-MM-DD` date.
 */
export function earningsPublicTime(date: string, timing: AnnouncementTiming): number | undefined {
  if (timing === 'before-open') return newYorkTime(date, 9, 30);
  if (timing === 'during-session') return newYorkTime(date, 16, 0);
  return newYorkTime(date, 20, 0);
}
