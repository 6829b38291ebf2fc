import { z } from 'zod';
import type { BarHistory } from '../../series/bar-history.js';
import { abstain, vote, type AgentDefinition, type RiskLevel } from '../agent.js';
import { symbolAbstention } from '../symbol-abstention.js';
import { formatPercent } from './format-percent.js';

const configSchema = z
  .strictObject({
    /** Returns in the correlation; O(window) per bar, so keep it short (the benchmark is not a feature stream). */
    window: z.number().int().min(5).max(120).default(30),
    /** Correlation from which the symbol is treated as riding the benchmark's trend. */
    minCorrelation: z.number().min(0).max(1).default(0.6),
    /** Benchmark move over the window that counts as a trend. */
    trendThreshold: z.number().gt(0).default(0.05),
    mediumBeta: z.number().gt(0).default(1.1),
    highBeta: z.number().gt(0).default(1.5),
    minSizeMultiplier: z.number().min(0).max(1).default(0.25),
  })
  .refine((c) => c.mediumBeta < c.highBeta, { message: 'mediumBeta must be below highBeta', path: ['mediumBeta'] });

/** Config of {@link benchmarkCorrelationAgent}. */
export type BenchmarkCorrelationConfig = z.infer<typeof configSchema>;

/**
 * Correlation and beta of the symbol's log returns to the benchmark's (`inputs.benchmark`, e.g. SPY)
 * over the window. Beta above 1 scales the size by 1/beta so the position carries about one
 * benchmark-unit of market risk, and sets the risk level. When the symbol is tightly correlated and
 * the benchmark itself trends past `trendThreshold` over the window, it votes with the benchmark
 * (a high-correlation stock rarely escapes a falling market); otherwise HOLD.
 */
export const benchmarkCorrelationAgent: AgentDefinition<BenchmarkCorrelationConfig> = {
  id: 'benchmark-correlation',
  name: 'Benchmark correlation',
  category: 'risk',
  description: 'Correlation and beta to the benchmark over 30 bars: beta sets risk and size; follows the benchmark trend when correlation >= 0.6, else HOLD.',
  configSchema,
  create(config) {
    const n = config.window;
    const noBenchmark = symbolAbstention((symbol) => `no benchmark series for ${symbol}`);
    return {
      features: [],
      historyNeeded: n + 1,
      analyze(context) {
        const benchmark = context.inputs.benchmark;
        const bars = context.bars;
        if (!benchmark) return noBenchmark(context.symbol);
        if (bars.length < n + 1) return abstain(`benchmark correlation needs ${n + 1} bars of ${context.symbol}, have ${bars.length}`);
        const offset = alignedOffset(benchmark, bars.time(0));
        if (offset < 0) return abstain(`the benchmark has no bar at ${new Date(bars.time(0)).toISOString()}`);
        if (benchmark.length < offset + n + 1) return abstain(`benchmark correlation needs ${n + 1} benchmark bars, have ${Math.max(0, benchmark.length - offset)}`);
        let sx = 0;
        let sy = 0;
        let sxx = 0;
        let syy = 0;
        let sxy = 0;
        for (let ago = 0; ago < n; ago++) {
          if (benchmark.time(offset + ago + 1) !== bars.time(ago + 1)) {
            return abstain(`benchmark bars are not aligned with ${context.symbol} at ${new Date(bars.time(ago + 1)).toISOString()}`);
          }
          const x = Math.log(benchmark.close(offset + ago) / benchmark.close(offset + ago + 1));
          const y = Math.log(bars.close(ago) / bars.close(ago + 1));
          sx += x;
          sy += y;
          sxx += x * x;
          syy += y * y;
          sxy += x * y;
        }
        const covariance = sxy - (sx * sy) / n;
        const benchmarkVariance = sxx - (sx * sx) / n;
        const symbolVariance = syy - (sy * sy) / n;
        if (!(benchmarkVariance > 0 && symbolVariance > 0)) return abstain(`returns of ${context.symbol} or the benchmark do not vary over ${n} bars`);
        const correlation = covariance / Math.sqrt(benchmarkVariance * symbolVariance);
        const beta = covariance / benchmarkVariance;
        if (!Number.isFinite(correlation)) return abstain(`benchmark correlation is undefined (non-positive closes in the window)`);
        const benchmarkReturn = benchmark.close(offset) / benchmark.close(offset + n) - 1;
        const absBeta = Math.abs(beta);
        const level: RiskLevel = absBeta >= config.highBeta ? 'high' : absBeta >= config.mediumBeta ? 'medium' : 'low';
        const sizeMultiplier = absBeta > 1 ? Math.max(config.minSizeMultiplier, 1 / absBeta) : 1;
        const indicators = { correlation, beta, benchmarkReturn, sizeMultiplier };
        const risk = { level, sizeMultiplier };
        const stats = (): string =>
          `${n}-bar correlation to the benchmark is ${correlation.toFixed(2)} with beta ${beta.toFixed(2)} while the benchmark moved ${formatPercent(benchmarkReturn, 1)}`;
        const trending = Math.abs(benchmarkReturn) >= config.trendThreshold;
        if (correlation >= config.minCorrelation && trending) {
          const action = benchmarkReturn > 0 ? 'BUY' : 'SELL';
          const confidence = correlation * Math.min(1, Math.abs(benchmarkReturn) / (2 * config.trendThreshold));
          const reasoning = (): string => `${stats()}: the symbol rides the benchmark's ${benchmarkReturn > 0 ? 'rise' : 'fall'}, ${action}, ${level} risk, size × ${sizeMultiplier.toFixed(2)}.`;
          return vote(action, confidence, reasoning, indicators, risk);
        }
        const reasoning = (): string => {
          const why = trending
            ? `correlation below ${config.minCorrelation.toFixed(2)} is too loose to follow the benchmark`
            : `the benchmark has no trend beyond ±${formatPercent(config.trendThreshold, 1)}`;
          return `${stats()}: ${why}, ${level} risk, size × ${sizeMultiplier.toFixed(2)}, HOLD.`;
        };
        return vote('HOLD', 0.15, reasoning, indicators, risk);
      },
    };
  },
};

/** Bars-ago index of the benchmark bar at `time`, skipping benchmark bars after it; -1 when absent. */
function alignedOffset(benchmark: BarHistory, time: number): number {
  for (let ago = 0; ago < benchmark.length; ago++) {
    const t = benchmark.time(ago);
    if (t === time) return ago;
    if (t < time) return -1;
  }
  return -1;
}
