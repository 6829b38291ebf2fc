import { describe, expect, it } from 'vitest';
import { BacktestRequestError, backtestOptionsOf, checkBacktestJobRequest } from './backtest-job-request.js';

const BASE = { strategy: 'buy-and-hold', symbols: ['aapl'], timeframe: '1d', from: '2020-01-01', to: '2021-01-01' };

function problem(input: object): { field: string; message: string } {
  try {
    checkBacktestJobRequest(input);
  } catch (error) {
    if (error instanceof BacktestRequestError) return { field: error.field, message: error.message };
    throw error;
  }
  throw new Error('the request was accepted');
}

describe('checkBacktestJobRequest', () => {
  it("applies backtesting.py's defaults, upper-cases symbols and normalises dates to UTC ISO times", () => {
    const request = checkBacktestJobRequest({ ...BASE, symbols: ['aapl', 'btc-usd'], to: '2021-01-01T09:30:00-05:00' });
    expect(request).toEqual({
      strategy: 'buy-and-hold',
      params: {},
      symbols: ['AAPL', 'BTC-USD'],
      timeframe: '1d',
      from: '2020-01-01T00:00:00.000Z',
      to: '2021-01-01T14:30:00.000Z',
      cash: 10_000,
      commission: 0,
      slippage: 0,
      fractional: false,
      finalizeTrades: false,
    });
    expect(backtestOptionsOf({ ...request, commission: 0.002, slippage: 0.0005 })).toEqual({ cash: 10_000, commission: 0.002, spread: 0.0005, fractional: false, finalizeTrades: false });
  });

  it("checks each strategy parameter with the engine's own rules, naming it", () => {
    expect(checkBacktestJobRequest({ ...BASE, strategy: 'consensus', params: { threshold: 0.75, holdBars: 3 } }).params).toEqual({ threshold: 0.75, holdBars: 3 });
    expect(problem({ ...BASE, strategy: 'sma-cross', params: { slow: 0 } })).toEqual({ field: 'params.slow', message: 'strategy sma-cross: parameter slow must be an integer >= 1, got "0"' });
    expect(problem({ ...BASE, strategy: 'consensus', params: { threshold: 0.4 } })).toEqual({ field: 'params.threshold', message: 'strategy consensus: parameter threshold must be a number >= 0.5 and <= 1, got "0.4"' });
    expect(problem({ ...BASE, params: { fast: 3 } })).toEqual({ field: 'params.fast', message: 'is not a parameter of buy-and-hold; it takes none' });
    expect(problem({ ...BASE, strategy: 'agent:rsi', params: { size: '1' } })).toEqual({ field: 'params.size', message: 'must be a number, got "1"' });
  });

  it('names an unknown strategy with the ones there are', () => {
    const { field, message } = problem({ ...BASE, strategy: 'agent:astrology' });
    expect(field).toBe('strategy');
    expect(message).toBe('unknown strategy "agent:astrology"; expected one of sma-cross, buy-and-hold, consensus or agent:<id> with an agent id of GET /api/v1/agents');
  });

  it('refuses repeated symbols, an empty or inverted range, a range of too many bars and bad costs', () => {
    expect(problem({ ...BASE, symbols: ['AAPL', 'aapl'] })).toEqual({ field: 'symbols[1]', message: 'repeats AAPL' });
    expect(problem({ ...BASE, symbols: [] })).toEqual({ field: 'symbols', message: 'must be a list of 1 to 50 symbols' });
    expect(problem({ ...BASE, to: '2020-01-01' })).toEqual({ field: 'to', message: 'must be after from (2020-01-01T00:00:00.000Z), got 2020-01-01T00:00:00.000Z' });
    expect(problem({ ...BASE, from: '2020-13-01' }).field).toBe('from');
    expect(problem({ ...BASE, timeframe: '5m' })).toEqual({ field: 'from', message: 'the range spans 105408 5m bars; at most 100000 per symbol (shorten the range or use a longer timeframe)' });
    expect(problem({ ...BASE, cash: -1 })).toEqual({ field: 'cash', message: 'cash must be > 0, got -1' });
    expect(problem({ ...BASE, commission: 0.1 })).toEqual({ field: 'commission', message: 'commission must be >= -0.1 and < 0.1, got 0.1' });
    expect(problem({ ...BASE, fractional: 1 })).toEqual({ field: 'fractional', message: 'must be true or false, got 1' });
    expect(problem([1, 2])).toEqual({ field: 'request', message: 'must be an object' });
  });
});
