import { DAY_MS, formatEpochDay, weekdayOfEpochDay } from '../calendar/calendar-day.js';
import type { MarketCalendar } from '../calendar/market-calendar.js';

const FRIDAY = 5;
const WEEKLY_EXPIRIES = 4;
const MONTHLY_EXPIRIES = 3;
/** Crypto options expire at 08:00 UTC (the largest venue's convention). */
const CRYPTO_EXPIRY_MS = 8 * 3_600_000;
/** FX options expire at the 10:00 New York cut, seven hours before the 17:00 rollover. */
const FX_CUT_BEFORE_CLOSE_MS = 7 * 3_600_000;

/**
 * When an option dated `epochDay` expires: stocks at the close of that day's session (of the trading day
 * before when it is a holiday), crypto at 08:00 UTC, FX at the 10:00 New York cut.
 */
function expiryTime(calendar: MarketCalendar, epochDay: number): number {
  if (calendar.assetClass === 'crypto') return epochDay * DAY_MS + CRYPTO_EXPIRY_MS;
  for (let day = epochDay; day > epochDay - 7; day--) {
    const session = calendar.sessionOnDay(day);
    if (session) return calendar.assetClass === 'fx' ? session.close - FX_CUT_BEFORE_CLOSE_MS : session.close;
  }
  throw new RangeError(`${calendar.market} has no session in the week before ${formatEpochDay(epochDay)}`);
}

/** The third Friday of the month containing `epochDay`, as days since 1970-01-01. */
function thirdFriday(epochDay: number): number {
  const date = new Date(epochDay * DAY_MS);
  const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
  return first + ((FRIDAY - weekdayOfEpochDay(first) + 7) % 7) + 14;
}

/** Expiry times (epoch ms, ascending) after `now`: the next four weekly Fridays, then the next three monthly third Fridays after those. */
export function optionExpiries(calendar: MarketCalendar, now: number): number[] {
  const expiries: number[] = [];
  let friday = Math.floor(now / DAY_MS);
  friday += (FRIDAY - weekdayOfEpochDay(friday) + 7) % 7;
  for (; expiries.length < WEEKLY_EXPIRIES; friday += 7) {
    const time = expiryTime(calendar, friday);
    if (time > now) expiries.push(time);
  }
  const lastWeekly = expiries[expiries.length - 1];
  const today = new Date(now);
  for (let month = 0; expiries.length < WEEKLY_EXPIRIES + MONTHLY_EXPIRIES; month++) {
    const time = expiryTime(calendar, thirdFriday(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + month, 1) / DAY_MS));
    if (time > lastWeekly) expiries.push(time);
  }
  return expiries;
}
