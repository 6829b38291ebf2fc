import { describe, expect, it } from 'vitest';
import { backtestCsv } from './backtest-csv.js';
import { parseCsv } from './parse-csv.test-support.js';

const RESULT = {
  symbols: [
    {
      symbol: 'AAPL',
      strategy: 'sma-cross(10,30)',
      bars: 250,
      simulated: false,
      // Stored as jsonb, whose key order is not the writer's: the export restores backtesting.py's order.
      stats: { '# Trades': 2, 'Return [%]': 12.5, Start: '2024-01-02 00:00:00', 'Sharpe Ratio': null, 'Custom, new': 1 },
      baseline: { strategy: 'buy-and-hold', stats: { 'Return [%]': 9.75, '# Trades': 1 } },
      trades: [
        { size: 10, entryBar: 30, exitBar: 60, entryPrice: 180.5, exitPrice: 190, pnl: 95, returnPct: 0.0526, commission: 0, entryTime: '2024-02-14T00:00:00.000Z', exitTime: '2024-03-28T00:00:00.000Z', duration: '43 days 00:00:00', sl: 170 },
      ],
      equity: [{ time: '2024-01-02T00:00:00.000Z', equity: 10000, drawdownPct: 0, baseline: 10000 }],
    },
    { symbol: 'NOPE', error: 'NOPE 1d: 0 closed bar(s) from 2024-01-01; a backtest needs at least 2' },
  ],
};

describe('backtestCsv', () => {
  it('lists every trade with its symbol, empty cells for what a trade lacks', () => {
    expect(parseCsv(backtestCsv(RESULT, 'trades'))).toEqual([
      ['symbol', 'entry_time', 'exit_time', 'duration', 'size', 'entry_price', 'exit_price', 'pnl', 'return', 'commission', 'stop_loss', 'take_profit', 'entry_bar', 'exit_bar'],
      ['AAPL', '2024-02-14T00:00:00.000Z', '2024-03-28T00:00:00.000Z', '43 days 00:00:00', '10', '180.5', '190', '95', '0.0526', '0', '170', '', '30', '60'],
    ]);
  });

  it('lists the equity curve next to buy-and-hold', () => {
    expect(parseCsv(backtestCsv(RESULT, 'equity'))).toEqual([
      ['symbol', 'time', 'equity', 'drawdown_pct', 'buy_and_hold_equity'],
      ['AAPL', '2024-01-02T00:00:00.000Z', '10000', '0', '10000'],
    ]);
  });

  it("writes each symbol's statistics in backtesting.py's order with buy-and-hold's value, and a failed symbol's error", () => {
    expect(parseCsv(backtestCsv(RESULT, 'summary'))).toEqual([
      ['symbol', 'strategy', 'statistic', 'value', 'buy_and_hold'],
      ['AAPL', 'sma-cross(10,30)', 'bars', '250', ''],
      ['AAPL', 'sma-cross(10,30)', 'simulated data', 'false', ''],
      ['AAPL', 'sma-cross(10,30)', 'Start', '2024-01-02 00:00:00', ''],
      ['AAPL', 'sma-cross(10,30)', 'Return [%]', '12.5', '9.75'],
      ['AAPL', 'sma-cross(10,30)', 'Sharpe Ratio', '', ''],
      ['AAPL', 'sma-cross(10,30)', '# Trades', '2', '1'],
      ['AAPL', 'sma-cross(10,30)', 'Custom, new', '1', ''],
      ['NOPE', '', 'error', 'NOPE 1d: 0 closed bar(s) from 2024-01-01; a backtest needs at least 2', ''],
    ]);
  });

  it('writes only the header for a result without symbols or of an unexpected shape', () => {
    expect(backtestCsv({ symbols: [] }, 'trades')).toBe('symbol,entry_time,exit_time,duration,size,entry_price,exit_price,pnl,return,commission,stop_loss,take_profit,entry_bar,exit_bar\r\n');
    expect(backtestCsv(null, 'equity')).toBe('symbol,time,equity,drawdown_pct,buy_and_hold_equity\r\n');
    expect(backtestCsv({ symbols: 'many' }, 'summary')).toBe('symbol,strategy,statistic,value,buy_and_hold\r\n');
  });
});
