import { TIMEFRAMES } from '@goldensignals/engine';
import { SIGNAL_ACTIONS } from '../../storage/schema/engine-values.js';
import { BACKTEST_PARTS } from '../../export/backtest-csv.js';
import { EXPORT_FORMATS } from '../../export/export-format.js';

/** Most rows of one signals or trades export, and how many when the query names no limit. */
export const MAX_EXPORT_ROWS = 100_000;
export const DEFAULT_EXPORT_ROWS = 10_000;

const SYMBOL_ITEM = '[A-Za-z0-9.\\-=^/]{1,20}';
const timeframeItem = `(${TIMEFRAMES.join('|')})`;
const actionItem = `(${SIGNAL_ACTIONS.join('|')})`;

/** `csv` (the default) or `json`. */
export const FORMAT_SCHEMA = { type: 'string', enum: [...EXPORT_FORMATS], default: 'csv', description: 'csv (default) or json' } as const;

/** Comma-separated symbols, as the signals list takes them. */
export const SYMBOL_LIST_SCHEMA = { type: 'string', pattern: `^${SYMBOL_ITEM}(,${SYMBOL_ITEM}){0,99}$`, description: 'comma-separated symbols (≤ 100)' } as const;

/** Comma-separated timeframes. */
export const TIMEFRAME_LIST_SCHEMA = { type: 'string', pattern: `^${timeframeItem}(,${timeframeItem}){0,${TIMEFRAMES.length - 1}}$`, description: 'comma-separated timeframes' } as const;

/** Comma-separated actions. */
export const ACTION_LIST_SCHEMA = { type: 'string', pattern: `^${actionItem}(,${actionItem}){0,2}$`, description: 'comma-separated actions: BUY, SELL, HOLD' } as const;

/** A day (UTC midnight) or an instant with its offset; the handler checks that it is a real date. */
export const DAY_OR_TIME_SCHEMA = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$',
  description: 'ISO-8601 date (UTC midnight) or date-time with offset, e.g. 2026-11-01 or 2026-11-01T14:30:00Z',
} as const;

/** Rows of an export. */
export const EXPORT_LIMIT_SCHEMA = { type: 'integer', minimum: 1, maximum: MAX_EXPORT_ROWS, default: DEFAULT_EXPORT_ROWS, description: `most rows, newest first (≤ ${MAX_EXPORT_ROWS})` } as const;

/** Which part of a backtest a CSV export holds. */
export const BACKTEST_PART_SCHEMA = { type: 'string', enum: [...BACKTEST_PARTS], default: 'trades', description: 'the part a CSV holds (JSON holds all): trades (default), equity or summary' } as const;

/** A download's 200: the CSV as text, or the JSON document described by `json`. */
export function downloadResponse(description: string, json: object): object {
  return { description, content: { 'text/csv': { schema: { type: 'string', description: 'RFC 4180 CSV with a header row' } }, 'application/json': { schema: json } } };
}
