import type { BacktestBody } from './backtest-body.js';
import type { BacktestFields } from './backtest-fields.js';

/** The request body, or the problem of each field at fault (keyed by the field's name). */
export type BacktestRequestCheck = { readonly body: BacktestBody; readonly problems?: undefined } | { readonly body?: undefined; readonly problems: Readonly<Partial<Record<keyof BacktestFields, string>>> };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function percentOf(text: string, max: number): number | string {
  if (text.trim() === '') return 0;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value >= max) return `a percentage from 0 to below ${max}`;
  return value / 100;
}

/** Checks the form the way the server will (it checks again) and turns percentages into fractions. */
export function backtestRequestOf(fields: BacktestFields): BacktestRequestCheck {
  const problems: Partial<Record<keyof BacktestFields, string>> = {};
  const symbols = fields.symbols
    .split(/[\s,]+/)
    .filter((symbol) => symbol !== '')
    .map((symbol) => symbol.toUpperCase());
  if (symbols.length === 0) problems.symbols = 'at least one symbol';
  else if (symbols.length > 50) problems.symbols = 'at most 50 symbols';
  else if (new Set(symbols).size !== symbols.length) problems.symbols = 'a symbol is repeated';
  else {
    const bad = symbols.find((symbol) => !/^[A-Z0-9.\-=^/]{1,20}$/.test(symbol));
    if (bad !== undefined) problems.symbols = `${bad} is not a ticker such as AAPL or BTC-USD`;
  }
  if (fields.strategy === '') problems.strategy = 'pick a strategy';
  if (!DATE.test(fields.from)) problems.from = 'a start date';
  if (!DATE.test(fields.to)) problems.to = 'an end date';
  else if (DATE.test(fields.from) && fields.to <= fields.from) problems.to = 'after the start date';
  const cash = Number(fields.cash);
  if (fields.cash.trim() === '' || !Number.isFinite(cash) || cash <= 0) problems.cash = 'a positive amount';
  const commission = percentOf(fields.commissionPercent, 10);
  if (typeof commission === 'string') problems.commissionPercent = commission;
  const slippage = percentOf(fields.slippagePercent, 100);
  if (typeof slippage === 'string') problems.slippagePercent = slippage;
  if (Object.keys(problems).length > 0 || typeof commission === 'string' || typeof slippage === 'string') return { problems };
  return { body: { strategy: fields.strategy, symbols, timeframe: fields.timeframe, from: fields.from, to: fields.to, cash, commission, slippage, finalizeTrades: fields.finalizeTrades } };
}
