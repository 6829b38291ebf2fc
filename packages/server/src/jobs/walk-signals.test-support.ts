import { randomWalkBars, SignalEngine, TIMEFRAME_MS, type Bar } from '@goldensignals/engine';
import type { BarRequest } from '../market-data/bar-request.js';
import type { BarSource, BarsAnswer } from '../signals/bar-source.js';
import { LearningState } from '../signals/learning-state.js';
import { SignalService } from '../signals/signal-service.js';
import type { Database } from '../storage/database.js';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';

const DAY = TIMEFRAME_MS['1d'];
/** First bar of every walk. */
export const WALK_START = Date.UTC(2023, 0, 2);
/** A clock 300 daily bars after {@link WALK_START}: every walk has closed bars up to it. */
export const WALK_NOW = WALK_START + 300 * DAY + 1;
/** A symbol the walk source has no bars for: its signal fails with GS_ERR_NOT_ENOUGH_DATA. */
export const BARLESS_SYMBOL = 'NOBARS';

function seedOf(symbol: string): number {
  let seed = 7;
  for (const char of symbol) seed = (seed * 31 + char.charCodeAt(0)) % 1_000_003;
  return seed;
}

/** Daily random-walk bars for any symbol (its own walk, seeded by its name); `before` runs ahead of each answer. */
export class WalkBars implements BarSource {
  private readonly walks = new Map<string, Bar[]>();
  constructor(private readonly before?: (symbol: string) => Promise<void>) {}

  async bars(request: BarRequest): Promise<BarsAnswer> {
    await this.before?.(request.symbol);
    if (request.symbol === BARLESS_SYMBOL) return { bars: [], simulated: true, stale: false };
    let walk = this.walks.get(request.symbol);
    if (walk === undefined) {
      const series = randomWalkBars({ length: 400, seed: seedOf(request.symbol), timeframe: '1d', startTime: WALK_START, symbol: request.symbol });
      walk = Array.from({ length: series.length }, (_, i) => series.bar(i));
      this.walks.set(request.symbol, walk);
    }
    return { bars: walk.filter((bar) => bar.time >= request.from && bar.time < request.to), simulated: true, stale: false };
  }
}

/** A real SignalService over {@link WalkBars} at {@link WALK_NOW}, collecting what it publishes. */
export async function walkSignalService(database: Database, bars: BarSource = new WalkBars()): Promise<{ service: SignalService; published: StoredSignal[] }> {
  const { tracker, state } = await LearningState.load(database);
  const published: StoredSignal[] = [];
  const service = new SignalService({
    database,
    bars,
    engine: new SignalEngine(tracker === null ? {} : { tracker }),
    learning: state,
    publisher: { publishSignal: (signal) => published.push(signal) },
    historyBars: 150,
    now: () => WALK_NOW,
  });
  return { service, published };
}
