/** Bar timeframes the engine resamples between. */
export const TIMEFRAMES = ['1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w'] as const;

/** A bar timeframe such as `1h` or `1d`. */
export type Timeframe = (typeof TIMEFRAMES)[number];

const MINUTE = 60_000;

/** Length of one bar of each timeframe in milliseconds. */
export const TIMEFRAME_MS: Readonly<Record<Timeframe, number>> = {
  '1m': MINUTE,
  '5m': 5 * MINUTE,
  '15m': 15 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': 60 * MINUTE,
  '4h': 240 * MINUTE,
  '1d': 1440 * MINUTE,
  '1w': 7 * 1440 * MINUTE,
};

/** True when `value` names a supported timeframe. */
export function isTimeframe(value: string): value is Timeframe {
  return (TIMEFRAMES as readonly string[]).includes(value);
}

/** Parses a timeframe name, throwing an error that lists the valid names. */
export function parseTimeframe(value: string): Timeframe {
  if (isTimeframe(value)) return value;
  throw new RangeError(`unknown timeframe "${value}"; expected one of ${TIMEFRAMES.join(', ')}`);
}
