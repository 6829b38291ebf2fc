import { formatEpochDay, weekdayOfEpochDay } from './calendar-day.js';
import type { SessionRules } from './session-rules.js';
import type { TradingSession } from './trading-session.js';
import { ZoneClock } from './zone-clock.js';

/** FX trading days roll over at 17:00 New York, the market convention for daily bars and value dates. */
const ROLLOVER_MINUTE = 17 * 60;

/**
 * FX: trades from Sunday 17:00 to Friday 17:00 New York. The trading date of a session is the day it
 * ends on, so Monday's session runs from Sunday 17:00 to Monday 17:00. No holidays.
 */
export class FxSessionRules implements SessionRules {
  readonly market = 'FX';
  readonly assetClass = 'fx';
  readonly timeZone = 'America/New_York';
  readonly alwaysOpen = false;
  private readonly clock = new ZoneClock(this.timeZone);

  sessionOnDay(epochDay: number): TradingSession | null {
    const weekday = weekdayOfEpochDay(epochDay);
    if (weekday === 0 || weekday === 6) return null;
    const open = this.clock.wallTimeToEpoch(epochDay - 1, ROLLOVER_MINUTE);
    const close = this.clock.wallTimeToEpoch(epochDay, ROLLOVER_MINUTE);
    return { date: formatEpochDay(epochDay), epochDay, open, close, extendedOpen: open, extendedClose: close, earlyClose: false };
  }

  holidayOnDay(): string | null {
    return null;
  }

  /** After 17:00 New York the next trading date has begun. */
  localDayOf(time: number): number {
    const newYorkDay = this.clock.localDayOf(time);
    return time >= this.clock.wallTimeToEpoch(newYorkDay, ROLLOVER_MINUTE) ? newYorkDay + 1 : newYorkDay;
  }
}
