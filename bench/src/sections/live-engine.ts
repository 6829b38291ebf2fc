import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import { type Bar, randomWalkBars, SignalEngine } from '@goldensignals/engine';
import { type BarBatch, LiveEnginePool } from '@goldensignals/server';
import { median, progress, round } from '../measure.js';

const SYMBOLS = 5_000;
const HISTORY = 300;
const CLOSES = 20;

function memoryMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 2 ** 20;
}

/** Memory the engine holds per warm symbol: measured by dropping it (the bench's own bar objects are kept alive). */
function engineKbPerSymbol(engine: SignalEngine, feeds: Bar[][]): number {
  const withEngine = memoryMb();
  for (let s = 0; s < SYMBOLS; s++) engine.forget(`S${s}`, '1d');
  const without = memoryMb();
  if (feeds.length !== SYMBOLS) throw new Error('feeds must stay alive while measuring');
  return round(((withEngine - without) * 1024) / SYMBOLS, 1);
}

/** The batch of bar `index` of every feed: one bar per symbol, as the pool takes them. */
function batchAt(symbols: readonly string[], feeds: readonly Bar[][], index: number): BarBatch {
  const column = (field: keyof Bar): Float64Array => Float64Array.from(feeds, (bars) => bars[index][field]);
  return { symbols, time: column('time'), open: column('open'), high: column('high'), low: column('low'), close: column('close'), volume: column('volume') };
}

/**
 * The same bar closes through a LiveEnginePool, the symbols sharded over one worker thread per core:
 * ms from handing the pool the batch to every shard having applied it (routing, transfer, the
 * workers' pushes and their answers included).
 */
async function shardedBarClose(feeds: readonly Bar[][], names: readonly string[]): Promise<{ workers: number; msPerBarClose: number }> {
  const workers = availableParallelism();
  const pool = LiveEnginePool.start({ workers, engine: { learn: false } });
  try {
    for (let i = 0; i < HISTORY; i++) await pool.push('1d', batchAt(names, feeds, i));
    const batches = Array.from({ length: CLOSES }, (_, c) => batchAt(names, feeds, HISTORY + c));
    const closes: number[] = [];
    for (const batch of batches) {
      const start = performance.now();
      const { rejected } = await pool.push('1d', batch);
      closes.push(performance.now() - start);
      if (rejected.length > 0) throw new Error(`live pool refused ${rejected.length} bars: ${rejected[0].reason}`);
    }
    return { workers, msPerBarClose: median(closes) };
  } finally {
    await pool.close();
  }
}

/**
 * Live engine: 5,000 symbols, each receiving one new bar per bar-close. Measures the incremental update of every
 * feature the agents use (`push`), and, separately, the full signal (agents + consensus + risk) for all symbols.
 */
export async function liveEngine(): Promise<unknown> {
  progress(`live engine: building ${SYMBOLS} symbols x ${HISTORY + 2 * CLOSES} bars`);
  const engine = new SignalEngine({ learn: false });
  const names = Array.from({ length: SYMBOLS }, (_, s) => `S${s}`);
  const feeds: Bar[][] = [];
  for (let s = 0; s < SYMBOLS; s++) {
    const series = randomWalkBars({ length: HISTORY + 2 * CLOSES, seed: s + 1, symbol: `S${s}` });
    const bars: Bar[] = [];
    for (let i = 0; i < series.length; i++) bars.push(series.bar(i));
    feeds.push(bars);
    for (let i = 0; i < HISTORY; i++) engine.push(names[s], '1d', bars[i]);
  }
  const featureCloses: number[] = [];
  for (let c = 0; c < CLOSES; c++) {
    const start = performance.now();
    for (let s = 0; s < SYMBOLS; s++) engine.push(names[s], '1d', feeds[s][HISTORY + c]);
    featureCloses.push(performance.now() - start);
  }
  const signalCloses: number[] = [];
  let buys = 0;
  for (let c = CLOSES; c < 2 * CLOSES; c++) {
    const start = performance.now();
    for (let s = 0; s < SYMBOLS; s++) if (engine.update(names[s], '1d', feeds[s][HISTORY + c]).action === 'BUY') buys++;
    signalCloses.push(performance.now() - start);
  }
  const featureMs = median(featureCloses);
  const signalMs = median(signalCloses);
  const engineKb = engineKbPerSymbol(engine, feeds);
  progress(`live engine: the same bar closes through a LiveEnginePool sharded over the cores`);
  const sharded = await shardedBarClose(feeds, names);
  return {
    symbols: SYMBOLS,
    barCloses: CLOSES,
    featureUpdate: {
      singleThread: { msPerBarClose: round(featureMs, 2), nsPerSymbolBar: round((featureMs * 1e6) / SYMBOLS, 0) },
      sharded: { workers: sharded.workers, msPerBarClose: round(sharded.msPerBarClose, 2) },
      target: { msPerBarClose: 10 },
      meetsTarget: Math.min(featureMs, sharded.msPerBarClose) <= 10,
    },
    fullSignal: {
      msPerBarClose: round(signalMs, 1),
      usPerSymbol: round((signalMs * 1e3) / SYMBOLS, 1),
      buySignalsSeen: buys,
    },
    engineKbPerSymbol: engineKb,
  };
}
