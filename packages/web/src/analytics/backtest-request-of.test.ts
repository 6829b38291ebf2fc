import { describe, expect, it } from 'vitest';
import { backtestRequestOf } from './backtest-request-of.js';
import { serverProblemsOf } from './server-problems-of.js';

const FIELDS = { strategy: 'consensus', symbols: 'btc-usd eth-usd', timeframe: '1h', from: '2025-01-01', to: '2025-01-08', cash: '1000', commissionPercent: '', slippagePercent: '', finalizeTrades: false };

describe('the backtest request', () => {
  it('treats empty costs as none', () => {
    expect(backtestRequestOf(FIELDS).body).toEqual({ strategy: 'consensus', symbols: ['BTC-USD', 'ETH-USD'], timeframe: '1h', from: '2025-01-01', to: '2025-01-08', cash: 1000, commission: 0, slippage: 0, finalizeTrades: false });
  });

  it('names a repeated symbol and a bad ticker', () => {
    expect(backtestRequestOf({ ...FIELDS, symbols: 'AAPL aapl' }).problems).toEqual({ symbols: 'a symbol is repeated' });
    expect(backtestRequestOf({ ...FIELDS, symbols: 'AAPL A*B' }).problems).toEqual({ symbols: 'A*B is not a ticker such as AAPL or BTC-USD' });
  });

  it("puts the server's parameter problem on the strategy and joins two problems of one field", () => {
    expect(
      serverProblemsOf([
        { field: 'body.params.fast', message: 'must be at least 1' },
        { field: 'body.symbols[0]', message: 'repeats AAPL' },
        { field: 'body.symbols[2]', message: 'repeats MSFT' },
      ]),
    ).toEqual({ fields: { strategy: 'must be at least 1', symbols: 'repeats AAPL; repeats MSFT' }, other: [] });
  });
});
