import { TIMEFRAME_MS, type Bar } from '@goldensignals/engine';
import type { BarRepository } from '../../storage/repositories/bar-repository.js';
import type { TimeRange } from '../../storage/repositories/time-range.js';
import type { BarRequest } from '../bar-request.js';
import type { ChainClock } from './chain-clock.js';
import { MarketDataUnavailableError } from './market-data-unavailable-error.js';
import type { Answered } from './provider-fallback.js';
import type { BarsResult } from './sourced-data.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How long after a bar's close a source may still publish it late. Within this window an empty tail is not
 * recorded as covered (it is asked again next time); older gaps are real (holidays, halts) and are covered.
 */
export function publicationGraceMs(stepMs: number): number {
  return Math.max(2 * stepMs, HOUR);
}

/**
 * The end of what a fetch of `[from, coverEnd)` may record as covered: all of it, except a recent tail after the
 * last bar received, which a source publishing late may still fill.
 */
export function coveredEnd(from: number, coverEnd: number, lastReceivedEnd: number | null, now: number, stepMs: number): number {
  const settled = now - publicationGraceMs(stepMs);
  if (coverEnd <= settled) return coverEnd;
  return Math.min(coverEnd, Math.max(from, settled, lastReceivedEnd ?? from));
}

/** What the bar cache builds on. */
export interface BarCacheOptions {
  readonly repository: BarRepository;
  readonly clock: ChainClock;
  /** Fetches one range from the provider chain (bars checked, forming bar included). */
  readonly fetchBars: (request: BarRequest) => Promise<Answered<readonly Bar[]>>;
  /** True for stored sources whose bars are simulated. */
  readonly isSimulated: (source: string) => boolean;
}

/**
 * The end of the part of a request that may be recorded as covered at `now`: every bar starting
 * before it has closed. Rounded down to the minute (bars start on whole minutes) so ranges stay
 * readable; a bar left out by the rounding is fetched again next time, which costs nothing wrong.
 */
export function coverableEnd(request: BarRequest, now: number): number {
  const closedBefore = Math.floor((now - TIMEFRAME_MS[request.timeframe]) / MINUTE) * MINUTE;
  return Math.max(request.from, Math.min(request.to, closedBefore));
}

/** The ranges to fetch: the never-fetched parts before `coverEnd`, plus the not-yet-closed tail joined to the last. */
function rangesToFetch(missing: readonly TimeRange[], coverEnd: number, to: number): TimeRange[] {
  if (coverEnd >= to) return [...missing];
  const last = missing.at(-1);
  if (last !== undefined && last.to === coverEnd) return [...missing.slice(0, -1), { from: last.from, to }];
  return [...missing, { from: coverEnd, to }];
}

/**
 * Bars from the database, fetching only what was never fetched. Closed bars are stored with the
 * fetched range marked covered (but for a recent tail no bar came for yet: a late bar is fetched
 * next time); the bar still forming is answered but never stored or covered. When
 * a range cannot be fetched, the cached bars are answered flagged stale (or, with none, the error thrown).
 */
export class BarCache {
  constructor(private readonly options: BarCacheOptions) {}

  /** The bars of `request`, cached and fetched, merged ascending. */
  async bars(request: BarRequest): Promise<BarsResult> {
    const { repository, clock } = this.options;
    const { symbol, timeframe } = request;
    const now = clock.now();
    const step = TIMEFRAME_MS[timeframe];
    const coverEnd = coverableEnd(request, now);
    const missing = coverEnd > request.from ? await repository.missingRanges(symbol, timeframe, request.from, coverEnd) : [];
    const ranges = rangesToFetch(missing, coverEnd, request.to);
    // Ranges are independent: fetch them all, then store each one that came back, whatever the others did.
    const outcomes = await Promise.allSettled(ranges.map((range) => this.options.fetchBars({ symbol, timeframe, ...range })));
    const forming: { readonly bar: Bar; readonly source: string }[] = [];
    const failures: MarketDataUnavailableError[] = [];
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.status === 'rejected') {
        if (!(outcome.reason instanceof MarketDataUnavailableError)) throw outcome.reason;
        failures.push(outcome.reason);
        continue;
      }
      const range = ranges[index];
      const { value, provider } = outcome.value;
      const closed = value.filter((bar) => bar.time + step <= now);
      for (const bar of value) if (bar.time + step > now) forming.push({ bar, source: provider.id });
      const lastClosed = closed.at(-1);
      const coveredTo = coveredEnd(range.from, Math.min(range.to, coverEnd), lastClosed === undefined ? null : lastClosed.time + step, now, step);
      const covered = coveredTo > range.from ? { from: range.from, to: coveredTo } : undefined;
      if (closed.length > 0 || covered !== undefined) await repository.upsert(symbol, timeframe, closed, { source: provider.id, covered });
    }
    const stored = await repository.range(symbol, timeframe, request.from, request.to);
    const lastStored = stored.at(-1)?.time ?? Number.NEGATIVE_INFINITY;
    const fresh = forming.filter(({ bar }) => bar.time > lastStored).sort((a, b) => a.bar.time - b.bar.time);
    const bars = [...stored, ...fresh.map(({ bar }) => bar)];
    if (failures.length > 0 && bars.length === 0) {
      throw failures.length === 1 ? failures[0] : new MarketDataUnavailableError(failures.map((failure) => failure.operation).join(' and '), failures.flatMap((failure) => failure.failures));
    }
    const storedSources = await repository.sources(symbol, timeframe, request.from, request.to);
    const sources = [...new Set([...storedSources, ...fresh.map(({ source }) => source)])].sort();
    const result: BarsResult = { bars, sources, simulated: sources.some((source) => this.options.isSimulated(source)), stale: failures.length > 0 };
    if (failures.length === 0) return result;
    return { ...result, staleReason: `answered from the cache, incomplete: ${failures.map((failure) => failure.message).join('; ')}` };
  }
}
