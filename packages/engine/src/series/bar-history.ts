/**
 * Read access to the bars up to and including the current one, indexed by how many bars ago.
 * `close(0)` is the current bar; there is no way to reach a future bar, which is what keeps agents
 * free of look-ahead by construction. Out-of-range reads return NaN.
 */
export interface BarHistory {
  /** Bars available, the current one included. */
  readonly length: number;
  time(ago: number): number;
  open(ago: number): number;
  high(ago: number): number;
  low(ago: number): number;
  close(ago: number): number;
  volume(ago: number): number;
}
