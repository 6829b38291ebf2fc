import { z } from 'zod';
import { abstain, vote, type AgentDefinition } from '../agent.js';
import { PATTERN_SHAPE, detectCandlestickPattern, type CandlestickPattern } from './candlestick-pattern.js';
import { ramp } from './support/ramp.js';

const configSchema = z.strictObject({
  /** Bars before the pattern over which the prior trend is measured. */
  trendBars: z.number().int().min(3).max(100).default(10),
  /** Prior move, in average bar ranges, that counts as a trend to reverse. */
  minTrendRanges: z.number().positive().default(1),
  dojiBodyRatio: z.number().gt(0).lt(0.5).default(0.1),
  shadowToBody: z.number().min(1).default(2),
});

/** Config of {@link candlestickPatternsAgent}. */
export type CandlestickPatternsAgentConfig = z.infer<typeof configSchema>;

/** Base conviction per pattern: three-bar stars confirm more than single candles (Nison, ch. 4-6; Bulkowski, Encyclopedia of Candlestick Charts, 2008). */
const BASE_CONFIDENCE: Readonly<Record<CandlestickPattern, number>> = {
  'morning-star': 0.6,
  'evening-star': 0.6,
  'bullish-engulfing': 0.55,
  'bearish-engulfing': 0.55,
  hammer: 0.45,
  'shooting-star': 0.45,
  doji: 0.3,
};

/**
 * Candlestick reversal patterns with trend context (Nison, Japanese Candlestick Charting
 * Techniques, 2001): engulfing, hammer, shooting star, doji and morning/evening star, read from the
 * bars directly. A pattern only counts as a reversal against the trend it reverses: bullish ones
 * after a decline, bearish ones after a rise of at least `minTrendRanges` average bar ranges over
 * `trendBars` bars. A doji votes against the trend only after a long candle in the trend direction
 * (Nison's "doji after a tall candle" warning), else it is indecision.
 */
export const candlestickPatternsAgent: AgentDefinition<CandlestickPatternsAgentConfig> = {
  id: 'candlestick-patterns',
  name: 'Candlestick patterns',
  category: 'technical',
  description: 'BUY on a bullish reversal candle pattern (engulfing, hammer, morning star) after a decline; SELL on a bearish one (engulfing, shooting star, evening star) after a rise.',
  configSchema,
  create(config) {
    const historyNeeded = 3 + config.trendBars;
    const { trendBars } = config;
    return {
      features: [],
      historyNeeded,
      analyze(context) {
        const bars = context.bars;
        if (bars.length < historyNeeded) return abstain(`candlestick patterns need ${historyNeeded} bars, have ${bars.length}`);
        const close = bars.close(0);
        const pattern = detectCandlestickPattern(bars, config);
        if (pattern === null) {
          return vote('HOLD', 0.15, () => `No reversal candlestick pattern on the last 3 bars (close ${close.toFixed(2)}): HOLD.`, { close });
        }
        const shape = PATTERN_SHAPE[pattern];
        const name = shape.name;
        // Trend into the pattern: up to its first bar for multi-bar patterns, up to the previous bar for single candles.
        const end = shape.bars === 3 ? 2 : 1;
        let rangeTotal = 0;
        for (let i = end; i < end + trendBars; i++) rangeTotal += bars.high(i) - bars.low(i);
        const averageRange = rangeTotal / trendBars;
        const move = bars.close(end) - bars.close(end + trendBars);
        const trendRanges = averageRange > 0 ? move / averageRange : 0;
        const indicators = { close, trendRanges, averageRange };
        const trendText = (): string => `${trendRanges >= 0 ? 'rise' : 'decline'} of ${Math.abs(trendRanges).toFixed(1)} average ranges over ${trendBars} bars`;
        let direction = shape.direction;
        if (pattern === 'doji') {
          // Only a doji right after a long candle in the trend's direction warns of a turn.
          const body1 = bars.close(1) - bars.open(1);
          const longCandle = Math.abs(body1) >= averageRange * 0.6;
          direction = longCandle && trendRanges >= config.minTrendRanges && body1 > 0 ? -1 : longCandle && trendRanges <= -config.minTrendRanges && body1 < 0 ? 1 : 0;
          if (direction === 0) return vote('HOLD', 0.3, () => `Doji at ${close.toFixed(2)} after a ${trendText()}: indecision, HOLD.`, indicators);
        }
        const againstTrend = direction > 0 ? -trendRanges : trendRanges;
        if (againstTrend < config.minTrendRanges) {
          return vote('HOLD', 0.2, () => `${name} at ${close.toFixed(2)} but after a ${trendText()}, not a trend to reverse: HOLD.`, indicators);
        }
        const confidence = BASE_CONFIDENCE[pattern] + 0.2 * ramp(againstTrend, config.minTrendRanges, 3 * config.minTrendRanges);
        const action = direction > 0 ? 'BUY' : 'SELL';
        return vote(action, confidence, () => `${name} closing at ${close.toFixed(2)} after a ${trendText()}: ${action}.`, indicators);
      },
    };
  },
};
