/**
 * The computations a feature program runs per bar. Small integers so `runOps` dispatches with one
 * dense switch; each case calls one step function, a monomorphic call V8 can inline. Numbered in
 * dependency order (a computation reads only computations of a lower kind), so running them sorted
 * by kind is a valid order.
 */
export const OpKind = {
  Series: 0,
  PositiveCloses: 1,
  TrueRange: 2,
  AverageTrueRange: 3,
  ExponentialAverage: 4,
  WindowSums: 5,
  RelativeStrength: 6,
  Macd: 7,
  WindowExtremes: 8,
  Stochastic: 9,
  MoneyFlow: 10,
  OnBalanceVolume: 11,
  DirectionalMovement: 12,
  ParabolicSar: 13,
  Supertrend: 14,
  SwingPoints: 15,
  VwapDeviation: 16,
  CalendarMomentum: 17,
  AtrRatio: 18,
} as const;

/** One of {@link OpKind}. */
export type OpKind = (typeof OpKind)[keyof typeof OpKind];
