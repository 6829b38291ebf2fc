import { formatEpochDay, weekdayOfEpochDay, yearOfEpochDay } from './calendar-day.js';
import { nyseEarlyCloses, nyseHolidays } from './nyse-holidays.js';
import type { SessionRules } from './session-rules.js';
import type { TradingSession } from './trading-session.js';
import { ZoneClock } from './zone-clock.js';

const PRE_MARKET_OPEN = 4 * 60;
const REGULAR_OPEN = 9 * 60 + 30;
const REGULAR_CLOSE = 16 * 60;
const EARLY_CLOSE = 13 * 60;
/** Post-market trading lasts four hours after the close (until 17:00 on early-close days). */
const POST_MARKET_MINUTES = 4 * 60;

/** NYSE: 09:30–16:00 New York, pre-market from 04:00, post-market until 20:00, holidays and early closes by rule. */
export class NyseSessionRules implements SessionRules {
  readonly market = 'NYSE';
  readonly assetClass = 'equity';
  readonly timeZone = 'America/New_York';
  readonly alwaysOpen = false;
  private readonly clock = new ZoneClock(this.timeZone);

  sessionOnDay(epochDay: number): TradingSession | null {
    const weekday = weekdayOfEpochDay(epochDay);
    if (weekday === 0 || weekday === 6 || this.holidayOnDay(epochDay) !== null) return null;
    const year = yearOfEpochDay(epochDay);
    const earlyClose = nyseEarlyCloses(year).has(epochDay);
    const closeMinute = earlyClose ? EARLY_CLOSE : REGULAR_CLOSE;
    return {
      date: formatEpochDay(epochDay),
      epochDay,
      open: this.clock.wallTimeToEpoch(epochDay, REGULAR_OPEN),
      close: this.clock.wallTimeToEpoch(epochDay, closeMinute),
      extendedOpen: this.clock.wallTimeToEpoch(epochDay, PRE_MARKET_OPEN),
      extendedClose: this.clock.wallTimeToEpoch(epochDay, closeMinute + POST_MARKET_MINUTES),
      earlyClose,
    };
  }

  holidayOnDay(epochDay: number): string | null {
    return nyseHolidays(yearOfEpochDay(epochDay)).get(epochDay) ?? null;
  }

  localDayOf(time: number): number {
    return this.clock.localDayOf(time);
  }
}
