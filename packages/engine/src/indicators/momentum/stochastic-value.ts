/** %K and %D lines of a stochastic oscillator, 0..100. */
export type StochasticValue = {
  readonly k: number;
  readonly d: number;
};

/** Batch columns of a stochastic oscillator (NaN during warm-up). */
export type StochasticColumns = {
  readonly k: Float64Array;
  readonly d: Float64Array;
};
