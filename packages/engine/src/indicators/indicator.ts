/**
 * A streaming indicator: feed one input per bar with `update`, O(1) each. `value` stays `null`
 * during warm-up; `lookback` is the number of inputs consumed before the first value, the same
 * number TA-Lib reports as the function's lookback.
 */
export interface StreamingIndicator<TInput, TOutput> {
  readonly lookback: number;
  readonly value: TOutput | null;
  update(input: TInput): TOutput | null;
  /** Returns to the state before the first `update`. */
  reset(): void;
}

/** An indicator over one number per bar (usually the close). */
export type PriceIndicator<TOutput = number> = StreamingIndicator<number, TOutput>;
