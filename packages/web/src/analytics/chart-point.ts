/** A point of a line series: UTC seconds and a value. */
export interface ChartPoint {
  readonly time: number;
  readonly value: number;
}
