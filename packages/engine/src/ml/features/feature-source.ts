/**
 * What a feature vector is computed from, read by how many bars ago (0 = the bar being described).
 * Every read returns NaN when the value does not exist yet (warm-up, before the first bar). The batch
 * path (training) and the agent path (live) implement it over their own storage, and both feed the
 * same formula ({@link featureVectorAt}), so training and serving cannot drift apart.
 */
export interface FeatureSource {
  time(ago: number): number;
  close(ago: number): number;
  volume(ago: number): number;
  /** RSI(14), Wilder, 0..100. */
  relativeStrengthIndex(ago: number): number;
  /** MACD(12, 26, 9) histogram, in price units. */
  macdHistogram(ago: number): number;
  simpleMovingAverage20(ago: number): number;
  simpleMovingAverage50(ago: number): number;
  /** Bollinger Bands (20, 2) upper and lower band. */
  bollingerUpper(ago: number): number;
  bollingerLower(ago: number): number;
  /** ATR(14), Wilder. */
  averageTrueRange(ago: number): number;
}
