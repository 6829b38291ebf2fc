import type { ChartPoint } from './chart-point.js';

/** One line of a {@link LineChart}: its title, colour, pane (0 the top one) and points. */
export interface LineSeriesSpec {
  readonly title: string;
  readonly color: string;
  readonly pane: number;
  readonly points: readonly ChartPoint[];
  /** Filled under the line (a drawdown) instead of a plain line. */
  readonly area?: boolean;
}
