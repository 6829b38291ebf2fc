/** A statistic of two runs side by side. */
export interface ComparisonRow {
  readonly name: string;
  readonly left: number | string | null;
  readonly right: number | string | null;
  /** Right minus left when both are numbers, else `null`. */
  readonly difference: number | null;
}
