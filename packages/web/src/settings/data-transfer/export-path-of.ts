import type { FieldProblems } from '../../forms/field-problems.js';
import { isSymbol } from '../../signals-page/is-symbol.js';
import { localDayStart } from '../../signals-page/local-day-start.js';
import { parseSymbolList } from '../../signals-page/parse-symbol-list.js';
import type { ExportFields } from './export-fields.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_DAYS = 3650;

type Checked = { readonly path: string; readonly problems?: undefined } | { readonly path?: undefined; readonly problems: FieldProblems };

function signalsQuery(fields: ExportFields, query: URLSearchParams, problems: Record<string, string>): void {
  const symbols = parseSymbolList(fields.symbols);
  const wrong = symbols.find((symbol) => !isSymbol(symbol));
  if (wrong !== undefined) problems.symbols = `${wrong} is not a ticker`;
  else if (symbols.length > 100) problems.symbols = 'at most 100 symbols';
  else if (symbols.length > 0) query.set('symbol', symbols.join(','));
  if (fields.timeframe !== '') query.set('timeframe', fields.timeframe);
  // Whole local days, `to` included: the API's `to` is exclusive.
  const from = fields.from === '' ? null : localDayStart(fields.from);
  const to = fields.to === '' ? null : localDayStart(fields.to, 1);
  if (fields.from !== '' && from === null) problems.from = 'a date';
  if (fields.to !== '' && to === null) problems.to = 'a date';
  if (from !== null && to !== null && from.getTime() >= to.getTime()) problems.to = 'on or after the start';
  if (from !== null) query.set('from', from.toISOString());
  if (to !== null) query.set('to', to.toISOString());
}

/** The `/exports/...` path (with its query) of the form's fields, or what is wrong with them, by field. */
export function exportPathOf(fields: ExportFields): Checked {
  const problems: Record<string, string> = {};
  const query = new URLSearchParams({ format: fields.format });
  let path: string;
  switch (fields.kind) {
    case 'signals':
      path = '/exports/signals';
      signalsQuery(fields, query, problems);
      break;
    case 'scorecard': {
      path = '/exports/scorecard';
      const days = Number(fields.days);
      if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) problems.days = `a whole number of days from 1 to ${MAX_DAYS}`;
      else query.set('days', String(days));
      if (fields.format === 'csv') query.set('part', fields.scorecardPart);
      break;
    }
    case 'trades':
      path = '/exports/trades';
      if (fields.portfolioId !== '') query.set('portfolioId', fields.portfolioId);
      break;
    case 'backtest': {
      const id = fields.backtestId.trim();
      path = `/exports/backtests/${encodeURIComponent(id)}`;
      if (id === '') problems.backtestId = 'required: pick a backtest';
      else if (!UUID.test(id)) problems.backtestId = 'a backtest id (a UUID)';
      if (fields.format === 'csv') query.set('part', fields.backtestPart);
      break;
    }
  }
  return Object.keys(problems).length > 0 ? { problems } : { path: `${path}?${query.toString()}` };
}
