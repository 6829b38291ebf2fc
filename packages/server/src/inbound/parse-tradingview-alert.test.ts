import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { parseTradingViewAlert, type TradingViewAlert } from './parse-tradingview-alert.js';
import { tradingViewMessageTemplate } from './tradingview-message-template.js';

const RECEIVED = Date.UTC(2024, 5, 3, 18, 0, 5);

/** The problems a body is refused with, as `field message` lines. */
function problemsOf(body: Record<string, unknown>): string[] {
  try {
    parseTradingViewAlert(body, RECEIVED);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.statusCode).toBe(400);
    return error.problems.map((problem) => `${problem.field} ${problem.message}`);
  }
  throw new Error('expected the body to be refused');
}

const minimal = { ticker: 'AAPL', action: 'buy', interval: 'D' };

describe('parseTradingViewAlert', () => {
  it('reads the message template once TradingView has filled it in', () => {
    const filled = tradingViewMessageTemplate('Golden cross')
      .replace('{{ticker}}', 'NVDA')
      .replace('{{strategy.order.action}}', 'sell')
      .replace('{{close}}', '118.25')
      .replace('{{interval}}', '60')
      .replace('{{timenow}}', '2024-06-03T18:00:00Z');
    const alert: TradingViewAlert = parseTradingViewAlert(JSON.parse(filled) as Record<string, unknown>, RECEIVED);
    expect(alert).toEqual({ symbol: 'NVDA', timeframe: '1h', action: 'SELL', confidence: 0.6, price: 118.25, barTime: Date.UTC(2024, 5, 3, 18), strategy: 'Golden cross', comment: null });
  });

  it.each([
    ['buy', 'BUY'],
    ['LONG', 'BUY'],
    ['Sell', 'SELL'],
    ['short', 'SELL'],
    ['hold', 'HOLD'],
    ['flat', 'HOLD'],
    [' EXIT ', 'HOLD'],
    ['close', 'HOLD'],
  ])('reads the action %j as %s', (word, action) => {
    expect(parseTradingViewAlert({ ...minimal, action: word }, RECEIVED).action).toBe(action);
  });

  it.each([
    ['1', '1m'],
    ['5', '5m'],
    [15, '15m'],
    ['30', '30m'],
    [60, '1h'],
    ['240', '4h'],
    ['D', '1d'],
    ['1D', '1d'],
    ['W', '1w'],
    ['1W', '1w'],
    ['1m', '1m'],
    ['4h', '4h'],
    ['1d', '1d'],
    ['1w', '1w'],
  ])('reads the interval %j as %s', (interval, timeframe) => {
    expect(parseTradingViewAlert({ ...minimal, interval }, RECEIVED).timeframe).toBe(timeframe);
    expect(parseTradingViewAlert({ symbol: 'AAPL', action: 'buy', timeframe: interval }, RECEIVED).timeframe).toBe(timeframe);
  });

  it.each([
    ['NASDAQ:AAPL', 'AAPL'],
    ['brk.b', 'BRK.B'],
    ['BINANCE:BTC-USD', 'BTC-USD'],
    [' eurusd=x ', 'EURUSD=X'],
  ])('reads the ticker %j as %s', (ticker, symbol) => {
    expect(parseTradingViewAlert({ ...minimal, ticker }, RECEIVED).symbol).toBe(symbol);
  });

  it('takes quoted numbers, a confidence, a comment and an ISO time, and defaults the time to the arrival', () => {
    const alert = parseTradingViewAlert({ ...minimal, price: '187.20', confidence: '0.85', time: '2024-06-03T17:59:00.000+00:00', comment: 'RSI crossed 30' }, RECEIVED);
    expect(alert).toMatchObject({ price: 187.2, confidence: 0.85, barTime: Date.UTC(2024, 5, 3, 17, 59), comment: 'RSI crossed 30', strategy: null });
    expect(parseTradingViewAlert(minimal, RECEIVED).barTime).toBe(RECEIVED);
    expect(parseTradingViewAlert({ ...minimal, confidence: 0 }, RECEIVED).confidence).toBe(0);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['no fields', {}, ['body.symbol is required (or ticker)', 'body.timeframe is required (or interval)', 'body.action is required: buy, long, sell, short, hold, flat, exit or close']],
    ['an unknown action', { ...minimal, action: 'moon' }, ['body.action must be buy, long, sell, short, hold, flat, exit or close, got "moon"']],
    ['an unsupported interval', { ...minimal, interval: '3' }, ['body.interval must be one of the TradingView intervals 1, 5, 15, 30, 60, 240, D, 1D, W, 1W or 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w, got "3"']],
    ['a futures ticker', { ...minimal, ticker: 'ES1!' }, ['body.ticker must be a ticker (letters, digits and . - = ^ / up to 20 characters, an EXCHANGE: prefix is dropped), got "ES1!"']],
    ['symbol and ticker that disagree', { ...minimal, symbol: 'MSFT' }, ['body.ticker disagrees with symbol']],
    ['timeframe and interval that disagree', { ...minimal, timeframe: '1h' }, ['body.interval disagrees with timeframe']],
    ['a confidence above 1', { ...minimal, confidence: 1.5 }, ['body.confidence must be a number from 0 to 1']],
    ['an unfilled placeholder', { ...minimal, price: '{{close}}' }, ['body.price must be a number (got "{{close}}")']],
    ['a negative price', { ...minimal, price: -3 }, ['body.price must be a positive number']],
    ['a time that is not ISO', { ...minimal, time: '06/03/2024 18:00' }, ['body.time must be an ISO date-time such as 2024-06-03T18:00:00Z ({{timenow}}), got "06/03/2024 18:00"']],
    ['a time in the future', { ...minimal, time: '2024-06-03T19:00:00Z' }, ['body.time lies in the future (2024-06-03T19:00:00Z); send {{timenow}} or {{time}}']],
    ['an empty action and a strategy too long', { ...minimal, action: ' ', strategy: 'x'.repeat(101) }, ['body.action must not be empty', 'body.strategy must be at most 100 characters']],
    ['an object for a symbol', { ...minimal, ticker: { name: 'AAPL' } }, ['body.ticker must be a string']],
  ])('refuses %s, naming every bad field', (_case, body, problems) => {
    expect(problemsOf(body)).toEqual(problems);
  });
});
