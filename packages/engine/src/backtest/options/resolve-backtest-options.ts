import type { BacktestOptions, ResolvedBacktestOptions } from './backtest-options.js';

const KNOWN = new Set([
  'cash',
  'commission',
  'spread',
  'margin',
  'tradeOnClose',
  'exclusiveOrders',
  'finalizeTrades',
  'fractional',
]);

function finite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
  return value;
}

function flag(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new RangeError(`${name} must be true or false, got ${String(value)}`);
  return value;
}

function relativeRate(name: string, value: unknown): number {
  const rate = finite(name, value);
  // backtesting.py's bounds: rebates down to -10 %, fees below 10 %.
  if (rate < -0.1 || rate >= 0.1) throw new RangeError(`${name} must be >= -0.1 and < 0.1, got ${rate}`);
  return rate;
}

function commissionOf(value: BacktestOptions['commission']): { fixed: number; relative: number } {
  if (value === undefined) return { fixed: 0, relative: 0 };
  if (typeof value === 'number') return { fixed: 0, relative: relativeRate('commission', value) };
  if (typeof value !== 'object' || value === null) {
    throw new RangeError(`commission must be a number or { fixed, relative }, got ${String(value)}`);
  }
  const fixed = value.fixed === undefined ? 0 : finite('commission.fixed', value.fixed);
  if (fixed < 0) throw new RangeError(`commission.fixed must be >= 0, got ${fixed}`);
  const relative = value.relative === undefined ? 0 : relativeRate('commission.relative', value.relative);
  return { fixed, relative };
}

/** Applies the defaults of {@link BacktestOptions}, throwing a RangeError that names any invalid option. */
export function resolveBacktestOptions(options: BacktestOptions = {}): ResolvedBacktestOptions {
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new RangeError(`unknown backtest option "${key}"; expected one of ${[...KNOWN].join(', ')}`);
  }
  const cash = options.cash === undefined ? 10_000 : finite('cash', options.cash);
  if (cash <= 0) throw new RangeError(`cash must be > 0, got ${cash}`);
  const spread = options.spread === undefined ? 0 : finite('spread', options.spread);
  if (spread < 0 || spread >= 1) throw new RangeError(`spread must be a fraction >= 0 and < 1 (0.0002 = 2 bps), got ${spread}`);
  const margin = options.margin === undefined ? 1 : finite('margin', options.margin);
  if (margin <= 0 || margin > 1) throw new RangeError(`margin must be > 0 and <= 1 (1 / leverage), got ${margin}`);
  const commission = commissionOf(options.commission);
  return {
    cash,
    commissionFixed: commission.fixed,
    commissionRelative: commission.relative,
    spread,
    margin,
    tradeOnClose: flag('tradeOnClose', options.tradeOnClose),
    exclusiveOrders: flag('exclusiveOrders', options.exclusiveOrders),
    finalizeTrades: flag('finalizeTrades', options.finalizeTrades),
    fractional: flag('fractional', options.fractional),
  };
}
