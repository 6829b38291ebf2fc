import type { Timeframe } from '@goldensignals/engine';

/** Bars of one symbol and timeframe whose start time lies in [`from`, `to`) (epoch ms, UTC). */
export interface BarRequest {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly from: number;
  readonly to: number;
}
