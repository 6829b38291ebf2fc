/** True range of one bar given the previous close (TA-Lib TRANGE): the largest of the three ranges. */
export function trueRangeOf(high: number, low: number, previousClose: number): number {
  const range = high - low;
  const up = Math.abs(high - previousClose);
  const down = Math.abs(low - previousClose);
  return range > up ? (range > down ? range : down) : up > down ? up : down;
}
