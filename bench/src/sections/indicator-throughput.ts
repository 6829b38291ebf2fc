import { progress, round, timeMedianMs } from '../measure.js';
import { makeBenchBars } from '../standard-nine/bench-bars.js';
import { goldenSignalsSuite } from '../standard-nine/goldensignals-suite.js';
import { STANDARD_NINE, type IndicatorSuite } from '../standard-nine/standard-nine.js';
import { technicalIndicatorsSuite } from '../standard-nine/technicalindicators-suite.js';
import { tradingSignalsSuite } from '../standard-nine/trading-signals-suite.js';

const BARS = 1_000_000;

interface ModeResult {
  nsPerBar: Record<string, number>;
  sumNsPerBar: number;
}

function measureMode(suite: IndicatorSuite, mode: 'batch' | 'streaming', runs: number, warmUps: number): ModeResult | null {
  const functions = suite[mode];
  if (!functions) return null;
  const nsPerBar: Record<string, number> = {};
  let sum = 0;
  for (const name of STANDARD_NINE) {
    const ms = timeMedianMs(() => {
      functions[name]();
    }, runs, warmUps);
    const ns = (ms * 1e6) / BARS;
    nsPerBar[name] = round(ns, 1);
    sum += ns;
  }
  return { nsPerBar, sumNsPerBar: round(sum, 1) };
}

/**
 * The nine standard indicators over 1,000,000 bars, batch and streaming, ns/bar each and summed, for
 * GoldenSignals and the two most used JavaScript libraries, timed in the same process on the same bars.
 */
export function indicatorThroughput(): unknown {
  const data = makeBenchBars(BARS);
  const suites = [goldenSignalsSuite(data), technicalIndicatorsSuite(data), tradingSignalsSuite(data)];
  const results: Record<string, { batch: ModeResult | null; streaming: ModeResult | null }> = {};
  for (const suite of suites) {
    // The libraries take seconds per run at 1M bars, so JIT warm-up is negligible for them; ours needs it.
    const [runs, warmUps] = suite.name === 'goldensignals' ? [7, 3] : [3, 1];
    progress(`indicators: ${suite.name}`);
    results[suite.name] = { batch: measureMode(suite, 'batch', runs, warmUps), streaming: measureMode(suite, 'streaming', runs, warmUps) };
  }
  const ours = results.goldensignals;
  const speedup = (library: string, mode: 'batch' | 'streaming'): number | null => {
    const theirs = results[library]?.[mode] ?? results[library]?.streaming;
    const mine = ours[mode];
    return theirs && mine ? round(theirs.sumNsPerBar / mine.sumNsPerBar, 1) : null;
  };
  return {
    bars: BARS,
    indicators: STANDARD_NINE,
    results,
    targets: { batchSumNsPerBar: 100, streamingSumNsPerBar: 180, speedupAtLeast: 10 },
    goldensignals: {
      batchSumNsPerBar: ours.batch?.sumNsPerBar,
      streamingSumNsPerBar: ours.streaming?.sumNsPerBar,
      batchMeetsTarget: (ours.batch?.sumNsPerBar ?? Infinity) <= 100,
      streamingMeetsTarget: (ours.streaming?.sumNsPerBar ?? Infinity) <= 180,
    },
    speedup: {
      batchVsTechnicalindicators: speedup('technicalindicators', 'batch'),
      streamingVsTechnicalindicators: speedup('technicalindicators', 'streaming'),
      batchVsTradingSignalsStreaming: speedup('trading-signals', 'batch'),
      streamingVsTradingSignals: speedup('trading-signals', 'streaming'),
    },
  };
}
