import { BACKTEST_STAT_NAMES } from '@goldensignals/engine';
import { csvDocument, type CsvColumn, type CsvValue } from './csv-writer.js';

/** The parts of a backtest result a CSV export holds one of. */
export const BACKTEST_PARTS = ['trades', 'equity', 'summary'] as const;

/** A part of a backtest result. */
export type BacktestPart = (typeof BACKTEST_PARTS)[number];

type JsonRecord = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordsIn(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** A stored JSON value as a cell: numbers, text and booleans as they are; anything else (null, objects) empty. */
function cellOf(value: unknown): CsvValue {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : null;
}

/** A row of a backtest CSV: a record of one symbol's result (a trade, an equity point) and the symbol. */
interface SymbolRecord {
  readonly symbol: string;
  readonly record: JsonRecord;
}

function field(name: string, header = name): CsvColumn<SymbolRecord> {
  return { header, value: (row) => cellOf(row.record[name]) };
}

const SYMBOL_COLUMN: CsvColumn<SymbolRecord> = { header: 'symbol', value: (row) => row.symbol };

const TRADE_COLUMNS: readonly CsvColumn<SymbolRecord>[] = [
  SYMBOL_COLUMN,
  field('entryTime', 'entry_time'),
  field('exitTime', 'exit_time'),
  field('duration'),
  field('size'),
  field('entryPrice', 'entry_price'),
  field('exitPrice', 'exit_price'),
  field('pnl'),
  field('returnPct', 'return'),
  field('commission'),
  field('sl', 'stop_loss'),
  field('tp', 'take_profit'),
  field('entryBar', 'entry_bar'),
  field('exitBar', 'exit_bar'),
];

const EQUITY_COLUMNS: readonly CsvColumn<SymbolRecord>[] = [SYMBOL_COLUMN, field('time'), field('equity'), field('drawdownPct', 'drawdown_pct'), field('baseline', 'buy_and_hold_equity')];

/** One statistic of one symbol, with buy-and-hold's value of it over the same bars. */
interface StatisticRow {
  readonly symbol: string;
  readonly strategy: CsvValue;
  readonly statistic: string;
  readonly value: CsvValue;
  readonly baseline: CsvValue;
}

const SUMMARY_COLUMNS: readonly CsvColumn<StatisticRow>[] = [
  { header: 'symbol', value: (row) => row.symbol },
  { header: 'strategy', value: (row) => row.strategy },
  { header: 'statistic', value: (row) => row.statistic },
  { header: 'value', value: (row) => row.value },
  { header: 'buy_and_hold', value: (row) => row.baseline },
];

function symbolOf(entry: JsonRecord): string {
  return typeof entry.symbol === 'string' ? entry.symbol : '';
}

function listed(entries: readonly JsonRecord[], key: 'trades' | 'equity'): SymbolRecord[] {
  return entries.flatMap((entry) => recordsIn(entry[key]).map((record) => ({ symbol: symbolOf(entry), record })));
}

const KNOWN_STATISTICS: readonly string[] = BACKTEST_STAT_NAMES;

/** The statistics' names in backtesting.py's order (the stored JSON keeps no order), any others after them sorted. */
function statisticNames(stats: JsonRecord): string[] {
  const present = Object.keys(stats);
  return [...KNOWN_STATISTICS.filter((name) => name in stats), ...present.filter((name) => !KNOWN_STATISTICS.includes(name)).sort()];
}

/**
 * One symbol's statistics as rows (backtesting.py's names, in its order), the buy-and-hold value of each next to it;
 * a symbol that could not be backtested is one `error` row, and the bar count and trade count lead, so the summary
 * says what the statistics stand on.
 */
function statisticRows(entry: JsonRecord): StatisticRow[] {
  const symbol = symbolOf(entry);
  const strategy = cellOf(entry.strategy);
  if (typeof entry.error === 'string') return [{ symbol, strategy, statistic: 'error', value: entry.error, baseline: null }];
  const stats = isRecord(entry.stats) ? entry.stats : {};
  const baselineStats = isRecord(entry.baseline) && isRecord(entry.baseline.stats) ? entry.baseline.stats : {};
  const facts: StatisticRow[] = [
    { symbol, strategy, statistic: 'bars', value: cellOf(entry.bars), baseline: null },
    { symbol, strategy, statistic: 'simulated data', value: cellOf(entry.simulated), baseline: null },
  ];
  return [...facts, ...statisticNames(stats).map((statistic) => ({ symbol, strategy, statistic, value: cellOf(stats[statistic]), baseline: cellOf(baselineStats[statistic]) }))];
}

/** One part of a stored backtest result (`{ symbols: [...] }`, as the results route gives it) as a CSV document. */
export function backtestCsv(result: unknown, part: BacktestPart): string {
  const entries = isRecord(result) ? recordsIn(result.symbols) : [];
  switch (part) {
    case 'trades':
      return csvDocument(TRADE_COLUMNS, listed(entries, 'trades'));
    case 'equity':
      return csvDocument(EQUITY_COLUMNS, listed(entries, 'equity'));
    case 'summary':
      return csvDocument(SUMMARY_COLUMNS, entries.flatMap(statisticRows));
  }
}
