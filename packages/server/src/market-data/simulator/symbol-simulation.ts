import type { Bar, Timeframe } from '@goldensignals/engine';
import type { BarSlot } from '../calendar/bar-slot.js';
import { DAY_MS } from '../calendar/calendar-day.js';
import type { MarketCalendar } from '../calendar/market-calendar.js';
import { calendarForAssetClass } from '../calendar/market-calendars.js';
import { DailySkeleton } from './daily-skeleton.js';
import { DayPath } from './day-path.js';
import { SIMULATION_START_DAY } from './market-model.js';
import { OhlcvAccumulator } from './ohlcv-accumulator.js';
import type { SymbolProfile } from './symbol-profile.js';

const MINUTE_MS = 60_000;
/** Session paths kept per symbol; a request walks sessions in order, so a few suffice. */
const PATH_CACHE_SIZE = 8;
/** A bar's `time` label lies at most this far after its first trade (FX daily bars open the evening before). */
const LABEL_LEAD_MS = 2 * DAY_MS;

/** A price observed at an instant. */
export interface PricePoint {
  readonly price: number;
  /** When that price was made: `time` itself during a session, else the last session's close. */
  readonly time: number;
}

/**
 * The simulated market of one symbol under one seed. Every bar is a pure function of (seed, symbol,
 * timeframe, bar time): day bars come from the {@link DailySkeleton}, intraday bars from exact
 * refinements of them ({@link DayPath}), and a bar still forming at `now` is cut at `now`.
 */
export class SymbolSimulation {
  readonly calendar: MarketCalendar;
  readonly skeleton: DailySkeleton;
  private readonly paths = new Map<number, DayPath>();

  constructor(readonly profile: SymbolProfile, private readonly seed: number) {
    this.calendar = calendarForAssetClass(profile.assetClass);
    this.skeleton = new DailySkeleton(profile, this.calendar, seed);
  }

  /** Builds the day skeleton far enough to cover sessions opening up to `time`. */
  ensureThrough(time: number): void {
    this.skeleton.extendThrough(Math.floor(time / DAY_MS) + 1);
  }

  /** Bars of `timeframe` whose time lies in [from, to) and that have begun by `now`, ascending. */
  bars(timeframe: Timeframe, from: number, to: number, now: number): Bar[] {
    const start = Math.max(from, SIMULATION_START_DAY * DAY_MS);
    const end = Math.min(to, now + LABEL_LEAD_MS);
    if (start >= end) return [];
    this.ensureThrough(end);
    const bars: Bar[] = [];
    for (const slot of this.calendar.barSlots(timeframe, start, end)) {
      if (slot.open > now) break;
      const bar = this.barForSlot(timeframe, slot, now);
      if (bar) bars.push(bar);
    }
    return bars;
  }

  /** The bar of one calendar slot as of `now` (partial while it forms), or null before the simulated history. */
  barForSlot(timeframe: Timeframe, slot: BarSlot, now: number): Bar | null {
    this.ensureThrough(slot.close);
    const index = this.skeleton.indexAtOrBefore(slot.open);
    if (index < 0) return null;
    const c = this.skeleton.columns;
    if (timeframe === '1d') return c.sessionOpen[index] === slot.open ? this.sessionBar(index, now, slot.time) : null;
    if (timeframe === '1w') {
      const week = new OhlcvAccumulator();
      for (let i = index; i < this.skeleton.length && c.sessionOpen[i] < slot.close && c.sessionOpen[i] <= now; i++) {
        if (c.sessionOpen[i] < slot.open) continue;
        const day = this.sessionBar(i, now, slot.time);
        week.add(day.open, day.high, day.low, day.close, day.volume);
      }
      return week.empty ? null : week.toBar(slot.time);
    }
    const sessionOpen = c.sessionOpen[index];
    if (slot.open >= c.sessionClose[index]) return null;
    const from = (slot.open - sessionOpen) / MINUTE_MS;
    const to = (slot.close - sessionOpen) / MINUTE_MS;
    return this.minutesBar(index, from, to, now, slot.time);
  }

  /** The bar of session `index` as of `now`, labelled `time`. */
  sessionBar(index: number, now: number, time: number): Bar {
    const c = this.skeleton.columns;
    if (now >= c.sessionClose[index]) {
      return { time, open: c.open[index], high: c.high[index], low: c.low[index], close: c.close[index], volume: c.volume[index] };
    }
    const minutes = (c.sessionClose[index] - c.sessionOpen[index]) / MINUTE_MS;
    return this.minutesBar(index, 0, minutes, now, time);
  }

  /** The price at `time` on the same path as the bars, or null before the simulated history. */
  priceAt(time: number): PricePoint | null {
    this.ensureThrough(time);
    const index = this.skeleton.indexAtOrBefore(time);
    if (index < 0) return null;
    const c = this.skeleton.columns;
    if (time >= c.sessionClose[index]) return { price: c.close[index], time: c.sessionClose[index] };
    const elapsed = (time - c.sessionOpen[index]) / MINUTE_MS;
    const minute = Math.floor(elapsed);
    return { price: this.pathOf(index).partialMinute(minute, elapsed - minute).close, time };
  }

  /** Minutes [from, to) of session `index` as one bar, cut at `now` if it falls inside. */
  private minutesBar(index: number, from: number, to: number, now: number, time: number): Bar {
    const path = this.pathOf(index);
    const accumulator = new OhlcvAccumulator();
    const elapsed = (now - this.skeleton.columns.sessionOpen[index]) / MINUTE_MS;
    if (elapsed >= to) {
      path.aggregate(from, to, accumulator);
    } else {
      const minute = Math.floor(elapsed);
      path.aggregate(from, minute, accumulator);
      const part = path.partialMinute(minute, elapsed - minute);
      accumulator.add(part.open, part.high, part.low, part.close, part.volume);
    }
    return accumulator.toBar(time);
  }

  private pathOf(index: number): DayPath {
    const epochDay = this.skeleton.columns.epochDay[index];
    const cached = this.paths.get(epochDay);
    if (cached) {
      this.paths.delete(epochDay);
      this.paths.set(epochDay, cached);
      return cached;
    }
    const path = new DayPath(this.skeleton, index, this.profile, this.seed);
    this.paths.set(epochDay, path);
    if (this.paths.size > PATH_CACHE_SIZE) this.paths.delete(this.paths.keys().next().value ?? epochDay);
    return path;
  }
}
