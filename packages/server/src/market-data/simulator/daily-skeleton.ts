import type { MarketCalendar } from '../calendar/market-calendar.js';
import { DayModel } from './day-model.js';
import { REFERENCE_DAY, SIMULATION_START_DAY } from './market-model.js';
import { roundToTick } from './price-grid.js';
import type { SymbolProfile } from './symbol-profile.js';

const FLOAT_FIELDS = ['sessionOpen', 'sessionClose', 'open', 'high', 'low', 'close', 'volume', 'sigma', 'dailySigma', 'jump'] as const;
const INT_FIELDS = ['epochDay', 'jumpMinute', 'regime'] as const;
/** Columns grow by this many sessions at a time (about eight years of stock sessions). */
const GROWTH = 2_048;

/** Per-session columns of a {@link DailySkeleton}; index i is the i-th simulated session. Prices are on the tick grid. */
export type SkeletonColumns = Record<(typeof FLOAT_FIELDS)[number], Float64Array> & Record<(typeof INT_FIELDS)[number], Int32Array>;

function allocate(capacity: number, previous?: SkeletonColumns): SkeletonColumns {
  const f = (): Float64Array => new Float64Array(capacity);
  const n = (): Int32Array => new Int32Array(capacity);
  // A literal keeps one fixed object shape, so the hot loops read these columns at full speed.
  const columns: SkeletonColumns = {
    sessionOpen: f(), sessionClose: f(), open: f(), high: f(), low: f(), close: f(), volume: f(), sigma: f(), dailySigma: f(), jump: f(),
    epochDay: n(), jumpMinute: n(), regime: n(),
  };
  if (previous) for (const field of [...FLOAT_FIELDS, ...INT_FIELDS]) columns[field].set(previous[field]);
  return columns;
}

/**
 * The day-level history of one symbol: OHLCV, volatility, regime and news jump of every session since
 * 2000-01-01, built in order by a {@link DayModel} and extended lazily. A session's values never depend
 * on how far the skeleton has been built, so every request sees the same history. The model runs in
 * relative log prices; once it has reached {@link REFERENCE_DAY} the offset that makes the symbol close
 * at its reference price there is known, and prices are fixed from it.
 */
export class DailySkeleton {
  private columnsStore = allocate(GROWTH * 4);
  private count = 0;
  private nextDay = SIMULATION_START_DAY;
  private readonly model: DayModel;
  /** Null until the reference day is built; meanwhile the price columns hold the model's log prices. */
  private logOffset: number | null = null;

  constructor(private readonly profile: SymbolProfile, private readonly calendar: MarketCalendar, seed: number) {
    this.model = new DayModel(profile, seed, 0);
    this.extendThrough(REFERENCE_DAY);
    const reference = this.indexAtOrBefore((REFERENCE_DAY + 1) * 86_400_000 - 1);
    const offset = Math.log(profile.price) - this.columnsStore.close[reference];
    const c = this.columnsStore;
    for (let i = 0; i < this.count; i++) this.setPrices(i, c.open[i] + offset, c.high[i] + offset, c.low[i] + offset, c.close[i] + offset);
    this.logOffset = offset;
  }

  /** Number of sessions built so far. */
  get length(): number {
    return this.count;
  }

  /** The columns; re-read after {@link extendThrough}, which may reallocate them. */
  get columns(): SkeletonColumns {
    return this.columnsStore;
  }

  /** Builds every session whose trading date is on or before `epochDay`. */
  extendThrough(epochDay: number): void {
    for (; this.nextDay <= epochDay; this.nextDay++) {
      const session = this.calendar.sessionOnDay(this.nextDay);
      if (!session) continue;
      if (this.count === this.columnsStore.epochDay.length) this.columnsStore = allocate(this.count + GROWTH, this.columnsStore);
      const draw = this.model.step(session);
      const c = this.columnsStore;
      const i = this.count++;
      c.epochDay[i] = session.epochDay;
      c.sessionOpen[i] = session.open;
      c.sessionClose[i] = session.close;
      const offset = this.logOffset;
      if (offset === null) {
        c.open[i] = draw.openLog;
        c.high[i] = draw.highLog;
        c.low[i] = draw.lowLog;
        c.close[i] = draw.closeLog;
      } else {
        this.setPrices(i, draw.openLog + offset, draw.highLog + offset, draw.lowLog + offset, draw.closeLog + offset);
      }
      c.volume[i] = Math.max(1, Math.round(draw.volume));
      c.sigma[i] = draw.intradaySigma;
      c.dailySigma[i] = draw.dailySigma;
      c.jump[i] = draw.jump;
      c.jumpMinute[i] = draw.jumpMinute;
      c.regime[i] = draw.regime;
    }
  }

  /** Session i's prices on the tick grid from log prices, high and low widened to contain the rounded open and close. */
  private setPrices(i: number, openLog: number, highLog: number, lowLog: number, closeLog: number): void {
    const c = this.columnsStore;
    const ticks = this.profile.ticksPerUnit;
    const open = roundToTick(Math.exp(openLog), ticks);
    const close = roundToTick(Math.exp(closeLog), ticks);
    c.open[i] = open;
    c.close[i] = close;
    c.high[i] = Math.max(roundToTick(Math.exp(highLog), ticks), open, close);
    c.low[i] = Math.min(roundToTick(Math.exp(lowLog), ticks), open, close);
  }

  /** Index of the last built session that opens at or before `time`, or -1. */
  indexAtOrBefore(time: number): number {
    const opens = this.columnsStore.sessionOpen;
    let low = 0;
    let high = this.count - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (opens[middle] <= time) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }
}
