import { performance } from 'node:perf_hooks';
import { type Bar, randomWalkBars, SignalEngine } from '@goldensignals/engine';
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

/**
 * Live engine: 5,000 symbols, each receiving one new bar per bar-close. Measures the incremental update of every
 * feature the agents use (`push`), and, separately, the full signal (agents + consensus + risk) for all symbols.
 */
export function liveEngine(): unknown {
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
  return {
    symbols: SYMBOLS,
    barCloses: CLOSES,
    featureUpdate: {
      msPerBarClose: round(featureMs, 2),
      nsPerSymbolBar: round((featureMs * 1e6) / SYMBOLS, 0),
      target: { msPerBarClose: 10 },
      meetsTarget: featureMs <= 10,
    },
    fullSignal: {
      msPerBarClose: round(signalMs, 1),
      usPerSymbol: round((signalMs * 1e3) / SYMBOLS, 1),
      buySignalsSeen: buys,
    },
    engineKbPerSymbol: engineKbPerSymbol(engine, feeds),
  };
}
