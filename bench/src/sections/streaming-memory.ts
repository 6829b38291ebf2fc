import { ADX as TiADX, ATR as TiATR, BollingerBands as TiBB, EMA as TiEMA, MACD as TiMACD, OBV as TiOBV, RSI as TiRSI, SMA as TiSMA, Stochastic as TiStochastic } from 'technicalindicators';
import {
  AverageDirectionalIndex,
  AverageTrueRange,
  BollingerBands,
  ExponentialMovingAverage,
  MovingAverageConvergenceDivergence,
  OnBalanceVolume,
  RelativeStrengthIndex,
  SimpleMovingAverage,
  StochasticOscillator,
} from '@goldensignals/engine';
import { progress, round } from '../measure.js';
import { asCandleStream } from '../standard-nine/technicalindicators-suite.js';
import { makeBenchBars } from '../standard-nine/bench-bars.js';

const UPDATES = 1_000_000;
const SAMPLES = 5;

function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Feeds `updates` bars to `step` and samples the heap (after GC) at evenly spaced points. */
function sampleHeap(step: (i: number) => void, updates: number): number[] {
  const samples = [round(heapMb(), 2)];
  const every = updates / (SAMPLES - 1);
  for (let i = 0; i < updates; i++) {
    step(i);
    if ((i + 1) % every === 0) samples.push(round(heapMb(), 2));
  }
  return samples;
}

/**
 * Heap used by one streaming instance of each of the nine indicators while it consumes 1,000,000 bars:
 * flat means O(1) memory per instance. `technicalindicators` is sampled the same way for comparison.
 */
export function streamingMemory(): unknown {
  const gcExposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
  const data = makeBenchBars(UPDATES);
  const { bars } = data;
  const ours = {
    sma: new SimpleMovingAverage(20),
    ema: new ExponentialMovingAverage(20),
    rsi: new RelativeStrengthIndex(14),
    macd: new MovingAverageConvergenceDivergence(12, 26, 9),
    bb: new BollingerBands(20, 2),
    atr: new AverageTrueRange(14),
    stoch: new StochasticOscillator(14, 3, 3),
    adx: new AverageDirectionalIndex(14),
    obv: new OnBalanceVolume(),
  };
  progress('memory: goldensignals');
  const oursSamples = sampleHeap((i) => {
    const bar = bars[i];
    ours.sma.update(bar.close);
    ours.ema.update(bar.close);
    ours.rsi.update(bar.close);
    ours.macd.update(bar.close);
    ours.bb.update(bar.close);
    ours.atr.update(bar);
    ours.stoch.update(bar);
    ours.adx.update(bar);
    ours.obv.update(bar);
  }, UPDATES);
  const theirs = {
    sma: new TiSMA({ period: 20, values: [] }),
    ema: new TiEMA({ period: 20, values: [] }),
    rsi: new TiRSI({ period: 14, values: [] }),
    macd: new TiMACD({ fastPeriod: 12, slowPeriod: 26, signalPeriod: 9, SimpleMAOscillator: false, SimpleMASignal: false, values: [] }),
    bb: new TiBB({ period: 20, stdDev: 2, values: [] }),
    atr: new TiATR({ period: 14, high: [], low: [], close: [] }),
    stoch: asCandleStream(new TiStochastic({ period: 14, signalPeriod: 3, high: [], low: [], close: [] })),
    adx: asCandleStream(new TiADX({ period: 14, high: [], low: [], close: [] })),
    obv: new TiOBV({ close: [], volume: [] }),
  };
  progress('memory: technicalindicators');
  const theirSamples = sampleHeap((i) => {
    const bar = bars[i];
    theirs.sma.nextValue(bar.close);
    theirs.ema.nextValue(bar.close);
    theirs.rsi.nextValue(bar.close);
    theirs.macd.nextValue(bar.close);
    theirs.bb.nextValue(bar.close);
    theirs.atr.nextValue(bar);
    theirs.stoch.nextValue(bar);
    theirs.adx.nextValue(bar);
    theirs.obv.nextValue(bar);
  }, UPDATES);
  const growth = (samples: number[]) => round(samples[samples.length - 1] - samples[1], 2);
  return {
    updates: UPDATES,
    gcExposed,
    heapMbSamples: { goldensignals: oursSamples, technicalindicators: theirSamples },
    heapGrowthMbAfterFirstQuarter: { goldensignals: growth(oursSamples), technicalindicators: growth(theirSamples) },
    goldensignalsFlat: Math.abs(growth(oursSamples)) < 1,
  };
}
