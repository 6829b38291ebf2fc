import type { Timeframe } from '@goldensignals/engine';
import type { AssetClass } from './asset-class.js';
import type { BarSlot } from './bar-slot.js';
import { barSlotsStartingIn, longestSlotSpan } from './bar-slots.js';
import { DAY_MS, formatEpochDay, parseCalendarDay } from './calendar-day.js';
import { marketStatusAt } from './market-status-at.js';
import type { MarketStatus } from './market-status.js';
import type { MarketName, SessionRules } from './session-rules.js';
import type { TradingSession } from './trading-session.js';

/** Beyond this many cached trading dates the cache starts over (about 270 years of days). */
const SESSION_CACHE_LIMIT = 100_000;
/** No market closes for longer than this; searches for a next or previous session give up after it. */
const LONGEST_CLOSURE_MS = 30 * DAY_MS;

function assertTime(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite epoch-ms time, got ${value}`);
}

function assertRange(from: number, to: number): void {
  assertTime('from', from);
  assertTime('to', to);
  if (from > to) throw new RangeError(`from (${new Date(from).toISOString()}) is after to (${new Date(to).toISOString()})`);
}

/**
 * The trading calendar of one market: sessions, holidays, status, and where bars open and close.
 * Days are `YYYY-MM-DD` trading dates in the market's zone; instants are epoch ms UTC.
 */
export class MarketCalendar {
  private readonly sessions = new Map<number, TradingSession | null>();

  constructor(private readonly rules: SessionRules) {}

  /** Short market name (`NYSE`, `CRYPTO`, `FX`). */
  get market(): MarketName {
    return this.rules.market;
  }

  /** The asset class this calendar serves. */
  get assetClass(): AssetClass {
    return this.rules.assetClass;
  }

  /** True for a market that never closes. */
  get alwaysOpen(): boolean {
    return this.rules.alwaysOpen;
  }

  /** The session of a trading date (`YYYY-MM-DD`), or null when the market does not trade that day. */
  sessionOn(day: string): TradingSession | null {
    return this.sessionOnDay(parseCalendarDay(day));
  }

  /** True when the market has a session on the trading date `day` (`YYYY-MM-DD`). */
  isTradingDay(day: string): boolean {
    return this.sessionOn(day) !== null;
  }

  /** The holiday closing the market on `day` (`YYYY-MM-DD`), or null (also on ordinary weekends). */
  holidayOn(day: string): string | null {
    return this.rules.holidayOnDay(parseCalendarDay(day));
  }

  /** The session of a trading date given as days since 1970-01-01. */
  sessionOnDay(epochDay: number): TradingSession | null {
    const cached = this.sessions.get(epochDay);
    if (cached !== undefined) return cached;
    if (this.sessions.size >= SESSION_CACHE_LIMIT) this.sessions.clear();
    const session = this.rules.sessionOnDay(epochDay);
    this.sessions.set(epochDay, session);
    return session;
  }

  /** The trading date (`YYYY-MM-DD`) of the instant `time` in the market's zone. */
  tradingDateOf(time: number): string {
    assertTime('time', time);
    return formatEpochDay(this.rules.localDayOf(time));
  }

  /** Sessions whose regular hours overlap [from, to), ascending. */
  sessionsBetween(from: number, to: number): TradingSession[] {
    assertRange(from, to);
    const result: TradingSession[] = [];
    // A session lies within the UTC day before its date and its date, so one day of margin suffices.
    const last = Math.floor(to / DAY_MS) + 1;
    for (let day = Math.floor(from / DAY_MS) - 1; day <= last; day++) {
      const session = this.sessionOnDay(day);
      if (session && session.close > from && session.open < to) result.push(session);
    }
    return result;
  }

  /** The session whose extended hours contain `time`, or null. */
  sessionAt(time: number): TradingSession | null {
    assertTime('time', time);
    const day = Math.floor(time / DAY_MS);
    for (let d = day - 1; d <= day + 1; d++) {
      const session = this.sessionOnDay(d);
      if (session && session.extendedOpen <= time && time < session.extendedClose) return session;
    }
    return null;
  }

  /** The first session whose regular open is after `time`. */
  nextSessionAfter(time: number): TradingSession {
    assertTime('time', time);
    for (let day = Math.floor(time / DAY_MS) - 1; day * DAY_MS <= time + LONGEST_CLOSURE_MS; day++) {
      const session = this.sessionOnDay(day);
      if (session && session.open > time) return session;
    }
    throw new RangeError(`${this.market} has no session in the 30 days after ${new Date(time).toISOString()}`);
  }

  /** The last session whose regular close is at or before `time`. */
  previousSessionBefore(time: number): TradingSession {
    assertTime('time', time);
    for (let day = Math.floor(time / DAY_MS) + 1; day * DAY_MS >= time - LONGEST_CLOSURE_MS; day--) {
      const session = this.sessionOnDay(day);
      if (session && session.close <= time) return session;
    }
    throw new RangeError(`${this.market} has no session in the 30 days before ${new Date(time).toISOString()}`);
  }

  /** Where the market stands at `now` (epoch ms). */
  status(now: number): MarketStatus {
    assertTime('now', now);
    return marketStatusAt(this, this.rules, now);
  }

  /** Bar slots of `timeframe` whose `time` lies in [from, to), ascending (see {@link BarSlot}). */
  barSlots(timeframe: Timeframe, from: number, to: number): BarSlot[] {
    assertRange(from, to);
    return barSlotsStartingIn(this, timeframe, from, to);
  }

  /** Epoch ms at which bars of `timeframe` close, for closes in (from, to], ascending. */
  barCloses(timeframe: Timeframe, from: number, to: number): number[] {
    assertRange(from, to);
    return barSlotsStartingIn(this, timeframe, from - longestSlotSpan(timeframe), to + 1)
      .map((slot) => slot.close)
      .filter((close) => close > from && close <= to);
  }

  /** The slot of the bar forming at `after` or, between sessions, of the next bar: the first with close > `after`. */
  nextBarSlot(timeframe: Timeframe, after: number): BarSlot {
    assertTime('after', after);
    const span = longestSlotSpan(timeframe);
    for (let horizon = 2 * span; horizon <= LONGEST_CLOSURE_MS * 4; horizon *= 4) {
      const slot = barSlotsStartingIn(this, timeframe, after - span, after + horizon).find((s) => s.close > after);
      if (slot) return slot;
    }
    throw new RangeError(`${this.market} has no ${timeframe} bar closing in the 120 days after ${new Date(after).toISOString()}`);
  }

  /** The `time` of the last bar of `timeframe` that has closed at or before `now`. */
  lastClosedBarStart(timeframe: Timeframe, now: number): number {
    assertTime('now', now);
    const span = longestSlotSpan(timeframe);
    for (let lookback = 2 * span; lookback <= LONGEST_CLOSURE_MS * 4; lookback *= 4) {
      const slots = barSlotsStartingIn(this, timeframe, now - lookback, now + 1);
      for (let i = slots.length - 1; i >= 0; i--) if (slots[i].close <= now) return slots[i].time;
    }
    throw new RangeError(`${this.market} has no ${timeframe} bar closing in the 120 days before ${new Date(now).toISOString()}`);
  }
}
