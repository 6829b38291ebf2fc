import type { Backtest } from '../../storage/repositories/backtest-repository.js';
import type { SourceText } from './source-text.js';

/** The statistics a report sentence names, in backtesting.py's words. */
const REPORTED_STATS = ['Return [%]', 'Buy & Hold Return [%]', 'Return (Ann.) [%]', 'Sharpe Ratio', 'Sortino Ratio', 'Max. Drawdown [%]', '# Trades', 'Win Rate [%]', 'Profit Factor', 'Exposure Time [%]'];

function record(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(Math.round(value * 100) / 100);
  return null;
}

function statsSentence(stats: Readonly<Record<string, unknown>>): string {
  return REPORTED_STATS.flatMap((name) => {
    const value = text(stats[name]);
    return value === null ? [] : [`${name} ${value}`];
  }).join(', ');
}

/**
 * A finished backtest as a report: the strategy, its parameters, symbols, timeframe and period, then one
 * paragraph of statistics per symbol next to buy-and-hold. Reads the stored JSON defensively: a field
 * missing from an older result is left out rather than failing the indexing.
 */
export function backtestText(backtest: Pick<Backtest, 'id' | 'request' | 'result'>): SourceText {
  const request = record(backtest.request);
  const strategy = text(request.strategy) ?? 'strategy';
  const params = Object.entries(record(request.params))
    .map(([name, value]) => `${name} ${text(value) ?? JSON.stringify(value)}`)
    .join(', ');
  const symbols = Array.isArray(request.symbols) ? request.symbols.filter((symbol): symbol is string => typeof symbol === 'string') : [];
  const timeframe = text(request.timeframe) ?? '';
  const period = [text(request.from), text(request.to)].map((time) => time?.slice(0, 10) ?? '?').join(' to ');
  const header = `Backtest of ${strategy}${params === '' ? '' : ` (${params})`} on ${symbols.join(', ')} ${timeframe} bars from ${period}.`;
  const results = record(backtest.result).symbols;
  const paragraphs = (Array.isArray(results) ? results : []).map((entry) => {
    const symbolResult = record(entry);
    const baseline = statsSentence(record(record(symbolResult.baseline).stats));
    return `${text(symbolResult.symbol) ?? '?'}: ${statsSentence(record(symbolResult.stats))}.${baseline === '' ? '' : ` Buy and hold: ${baseline}.`}`;
  });
  return { title: `Backtest ${strategy} ${symbols.join(', ')} ${timeframe}`.trim(), text: [header, ...paragraphs].join('\n\n') };
}
