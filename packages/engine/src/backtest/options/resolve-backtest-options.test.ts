import { describe, expect, it } from 'vitest';
import type { BacktestOptions } from './backtest-options.js';
import { resolveBacktestOptions } from './resolve-backtest-options.js';

describe('resolveBacktestOptions', () => {
  it('defaults to 10 000 cash, no costs, next-open fills, no leverage', () => {
    expect(resolveBacktestOptions()).toEqual({
      cash: 10_000,
      commissionFixed: 0,
      commissionRelative: 0,
      spread: 0,
      margin: 1,
      tradeOnClose: false,
      exclusiveOrders: false,
      finalizeTrades: false,
      fractional: false,
    });
  });

  it('reads a number as a relative commission and an object as fixed + relative', () => {
    expect(resolveBacktestOptions({ commission: 0.002 })).toMatchObject({ commissionFixed: 0, commissionRelative: 0.002 });
    expect(resolveBacktestOptions({ commission: { fixed: 5, relative: -0.001 } })).toMatchObject({ commissionFixed: 5, commissionRelative: -0.001 });
  });

  it('names the option in a RangeError for every invalid value', () => {
    const cases: [BacktestOptions, string][] = [
      [{ cash: 0 }, 'cash must be > 0, got 0'],
      [{ cash: Number.NaN }, 'cash must be a finite number, got NaN'],
      [{ commission: 0.1 }, 'commission must be >= -0.1 and < 0.1, got 0.1'],
      [{ commission: { fixed: -1 } }, 'commission.fixed must be >= 0, got -1'],
      [{ commission: { relative: 0.5 } }, 'commission.relative must be >= -0.1 and < 0.1, got 0.5'],
      [{ spread: -0.001 }, 'spread must be a fraction >= 0 and < 1 (0.0002 = 2 bps), got -0.001'],
      [{ margin: 0 }, 'margin must be > 0 and <= 1 (1 / leverage), got 0'],
      [{ margin: 2 }, 'margin must be > 0 and <= 1 (1 / leverage), got 2'],
      [{ tradeOnClose: 'yes' as unknown as boolean }, 'tradeOnClose must be true or false, got yes'],
      [{ finalise: true } as unknown as BacktestOptions, 'unknown backtest option "finalise"'],
    ];
    for (const [options, message] of cases) {
      expect(() => resolveBacktestOptions(options)).toThrow(RangeError);
      expect(() => resolveBacktestOptions(options)).toThrow(message);
    }
  });
});
