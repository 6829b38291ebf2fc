import { DAY_MS, formatEpochDay, utcEpochDayOf } from './calendar-day.js';
import type { SessionRules } from './session-rules.js';
import type { TradingSession } from './trading-session.js';

/** Crypto: trades 24/7; a session is one UTC calendar day, the convention of crypto exchanges' daily bars. */
export class CryptoSessionRules implements SessionRules {
  readonly market = 'CRYPTO';
  readonly assetClass = 'crypto';
  readonly timeZone = 'UTC';
  readonly alwaysOpen = true;

  sessionOnDay(epochDay: number): TradingSession {
    const open = epochDay * DAY_MS;
    const close = open + DAY_MS;
    return { date: formatEpochDay(epochDay), epochDay, open, close, extendedOpen: open, extendedClose: close, earlyClose: false };
  }

  holidayOnDay(): string | null {
    return null;
  }

  localDayOf(time: number): number {
    return utcEpochDayOf(time);
  }
}
