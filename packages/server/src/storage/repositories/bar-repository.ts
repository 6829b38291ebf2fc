import type { Bar, Timeframe } from '@goldensignals/engine';
import { and, asc, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { barCoverage } from '../schema/bar-coverage.js';
import { bars } from '../schema/bars.js';
import { subtractRanges } from './subtract-ranges.js';
import type { TimeRange } from './time-range.js';

/** Rows per INSERT: 9 parameters each stays far below PostgreSQL's 65,535. */
const CHUNK = 2000;

const BAR_COLUMNS = { time: bars.time, open: bars.open, high: bars.high, low: bars.low, close: bars.close, volume: bars.volume };

function toBar(row: { time: Date; open: number; high: number; low: number; close: number; volume: number }): Bar {
  return { time: row.time.getTime(), open: row.open, high: row.high, low: row.low, close: row.close, volume: row.volume };
}

/** How fetched bars are stored. */
export interface UpsertBarsOptions {
  /** The provider they came from (`simulator` for simulated data). */
  readonly source: string;
  /**
   * The range that was fetched, recorded as covered so it is not fetched again even where the market
   * had no bars. End it at the close of the last finished bar: the bar in progress is not final.
   */
  readonly covered?: TimeRange;
}

/** The bar cache: OHLCV bars by (symbol, timeframe, time) and the ranges already fetched. */
export class BarRepository {
  constructor(private readonly db: Queryable) {}

  /** Inserts bars, replacing stored bars with the same time (a re-fetch corrects them), in one transaction. */
  async upsert(symbol: string, timeframe: Timeframe, items: readonly Bar[], options: UpsertBarsOptions): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (let start = 0; start < items.length; start += CHUNK) {
        const values = items.slice(start, start + CHUNK).map((bar) => ({ symbol, timeframe, ...bar, time: new Date(bar.time), source: options.source }));
        await tx
          .insert(bars)
          .values(values)
          .onConflictDoUpdate({
            target: [bars.symbol, bars.timeframe, bars.time],
            set: {
              open: sql`excluded.open`,
              high: sql`excluded.high`,
              low: sql`excluded.low`,
              close: sql`excluded.close`,
              volume: sql`excluded.volume`,
              source: sql`excluded.source`,
              updatedAt: sql`now()`,
            },
          });
      }
      if (options.covered !== undefined) await new BarRepository(tx).recordCoverage(symbol, timeframe, options.covered, options.source);
    });
  }

  /** Bars with `from <= time < to` (epoch ms), oldest first. */
  async range(symbol: string, timeframe: Timeframe, from: number, to: number): Promise<Bar[]> {
    const rows = await this.db
      .select(BAR_COLUMNS)
      .from(bars)
      .where(and(eq(bars.symbol, symbol), eq(bars.timeframe, timeframe), gte(bars.time, new Date(from)), lt(bars.time, new Date(to))))
      .orderBy(asc(bars.time));
    return rows.map(toBar);
  }

  /** The newest `count` bars, oldest first. */
  async last(symbol: string, timeframe: Timeframe, count: number): Promise<Bar[]> {
    const rows = await this.db
      .select(BAR_COLUMNS)
      .from(bars)
      .where(and(eq(bars.symbol, symbol), eq(bars.timeframe, timeframe)))
      .orderBy(desc(bars.time))
      .limit(Math.max(0, Math.floor(count)));
    return rows.reverse().map(toBar);
  }

  /** The providers the stored bars in `[from, to)` came from, so callers can label simulated data. */
  async sources(symbol: string, timeframe: Timeframe, from: number, to: number): Promise<string[]> {
    const rows = await this.db
      .selectDistinct({ source: bars.source })
      .from(bars)
      .where(and(eq(bars.symbol, symbol), eq(bars.timeframe, timeframe), gte(bars.time, new Date(from)), lt(bars.time, new Date(to))))
      .orderBy(asc(bars.source));
    return rows.map((row) => row.source);
  }

  /** Marks `range` as fetched, merged with the covered ranges it overlaps or touches. */
  async recordCoverage(symbol: string, timeframe: Timeframe, range: TimeRange, source: string): Promise<void> {
    if (!(range.to > range.from)) return;
    await this.db.transaction(async (tx) => {
      // Serialises merges of one series; other series proceed in parallel.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`bar_coverage:${symbol}:${timeframe}`}))`);
      const series = and(eq(barCoverage.symbol, symbol), eq(barCoverage.timeframe, timeframe));
      const touching = and(series, lte(barCoverage.startTime, new Date(range.to)), gte(barCoverage.endTime, new Date(range.from)));
      const merged = await tx.delete(barCoverage).where(touching).returning({ start: barCoverage.startTime, end: barCoverage.endTime });
      const from = Math.min(range.from, ...merged.map((row) => row.start.getTime()));
      const to = Math.max(range.to, ...merged.map((row) => row.end.getTime()));
      await tx.insert(barCoverage).values({ symbol, timeframe, startTime: new Date(from), endTime: new Date(to), source });
    });
  }

  /** The covered ranges of a series, in time order. */
  async coverage(symbol: string, timeframe: Timeframe): Promise<TimeRange[]> {
    const rows = await this.db
      .select({ start: barCoverage.startTime, end: barCoverage.endTime })
      .from(barCoverage)
      .where(and(eq(barCoverage.symbol, symbol), eq(barCoverage.timeframe, timeframe)))
      .orderBy(asc(barCoverage.startTime));
    return rows.map((row) => ({ from: row.start.getTime(), to: row.end.getTime() }));
  }

  /** The parts of `[from, to)` never fetched for this series: all a provider needs to fetch. */
  async missingRanges(symbol: string, timeframe: Timeframe, from: number, to: number): Promise<TimeRange[]> {
    if (!(to > from)) return [];
    const rows = await this.db
      .select({ start: barCoverage.startTime, end: barCoverage.endTime })
      .from(barCoverage)
      .where(and(eq(barCoverage.symbol, symbol), eq(barCoverage.timeframe, timeframe), lt(barCoverage.startTime, new Date(to)), gte(barCoverage.endTime, new Date(from))));
    return subtractRanges({ from, to }, rows.map((row) => ({ from: row.start.getTime(), to: row.end.getTime() })));
  }
}
