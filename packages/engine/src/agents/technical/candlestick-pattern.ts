import type { BarHistory } from '../../series/bar-history.js';

/** The reversal patterns the candlestick agent recognises. */
export type CandlestickPattern =
  | 'morning-star'
  | 'evening-star'
  | 'bullish-engulfing'
  | 'bearish-engulfing'
  | 'hammer'
  | 'shooting-star'
  | 'doji';

/** Shape thresholds, as ratios (Nison's wording turned into numbers). */
export interface CandlestickShapeOptions {
  /** A doji's body is at most this share of its range. */
  readonly dojiBodyRatio: number;
  /** A hammer's lower (shooting star's upper) shadow is at least this many bodies. */
  readonly shadowToBody: number;
}

/** Direction of each pattern (1 bullish, -1 bearish, 0 neutral) and how many bars it spans. */
export const PATTERN_SHAPE: Readonly<Record<CandlestickPattern, { readonly direction: number; readonly bars: number; readonly name: string }>> = {
  'morning-star': { direction: 1, bars: 3, name: 'Morning star' },
  'evening-star': { direction: -1, bars: 3, name: 'Evening star' },
  'bullish-engulfing': { direction: 1, bars: 2, name: 'Bullish engulfing' },
  'bearish-engulfing': { direction: -1, bars: 2, name: 'Bearish engulfing' },
  hammer: { direction: 1, bars: 1, name: 'Hammer' },
  'shooting-star': { direction: -1, bars: 1, name: 'Shooting star' },
  doji: { direction: 0, bars: 1, name: 'Doji' },
};

/**
 * The strongest pattern completed by the current bar, by shape alone (trend context is the agent's
 * job), or null. Definitions follow Nison, Japanese Candlestick Charting Techniques (2nd ed., 2001,
 * ch. 4-6); engulfing allows one equal edge as TA-Lib's CDLENGULFING does, and the star's "gap" is
 * relaxed to a body at or beyond the first body's close because daily opens rarely gap in liquid
 * markets.
 */
export function detectCandlestickPattern(bars: BarHistory, options: CandlestickShapeOptions): CandlestickPattern | null {
  const o0 = bars.open(0);
  const c0 = bars.close(0);
  const o1 = bars.open(1);
  const c1 = bars.close(1);
  const o2 = bars.open(2);
  const c2 = bars.close(2);
  const body0 = Math.abs(c0 - o0);
  const body1 = Math.abs(c1 - o1);
  const body2 = Math.abs(c2 - o2);
  const range0 = bars.high(0) - bars.low(0);
  const range2 = bars.high(2) - bars.low(2);

  // Stars: a long first body, a small star beyond it, and a third body closing past the first's midpoint.
  if (body2 >= 0.5 * range2 && body2 > 0 && body1 <= 0.3 * body2) {
    const midpoint = (o2 + c2) / 2;
    if (c2 < o2 && Math.max(o1, c1) <= c2 && c0 > o0 && c0 > midpoint) return 'morning-star';
    if (c2 > o2 && Math.min(o1, c1) >= c2 && c0 < o0 && c0 < midpoint) return 'evening-star';
  }
  // Engulfing: the current body covers the previous body of the opposite colour.
  if (c1 < o1 && c0 > o0 && ((c0 >= o1 && o0 < c1) || (c0 > o1 && o0 <= c1))) return 'bullish-engulfing';
  if (c1 > o1 && c0 < o0 && ((c0 <= o1 && o0 > c1) || (c0 < o1 && o0 >= c1))) return 'bearish-engulfing';
  if (range0 <= 0) return null;
  if (body0 <= options.dojiBodyRatio * range0) return 'doji';
  const upperShadow = bars.high(0) - Math.max(o0, c0);
  const lowerShadow = Math.min(o0, c0) - bars.low(0);
  // Hammer / shooting star: small body at one end of the range, long shadow at the other, little on the body's side.
  if (body0 <= range0 / 3) {
    if (lowerShadow >= options.shadowToBody * body0 && upperShadow <= 0.1 * range0) return 'hammer';
    if (upperShadow >= options.shadowToBody * body0 && lowerShadow <= 0.1 * range0) return 'shooting-star';
  }
  return null;
}
