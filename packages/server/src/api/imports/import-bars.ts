import { BarsCsvError, formatCsvProblem, formatCsvProblems, parseBarsCsv, TIMEFRAME_MS, type Bar, type CsvProblem, type ParsedBars, type Timeframe } from '@goldensignals/engine';
import { AppError, type FieldProblem } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { barSpacingWarnings } from './bar-spacing-warnings.js';

/** The `source` imported bars are stored under (the bar cache's provider id for fetched ones). */
export const IMPORT_SOURCE = 'import';

/** Most problems listed field by field in a refusal (the message counts the rest). */
const MAX_LISTED_PROBLEMS = 100;

/** What to import. */
export interface BarImportRequest {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  /** The CSV file's text. */
  readonly text: string;
  /** Bars that have not closed by then are left out. */
  readonly now: number;
}

/** What an import stored. */
export interface BarImportResult {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  /** Bars stored. */
  readonly rows: number;
  /** Of them, bars that were not stored before. */
  readonly inserted: number;
  /** Of them, bars that replaced stored ones of the same time. */
  readonly replaced: number;
  /** ISO times of the first and last bar stored. */
  readonly first: string;
  readonly last: string;
  /** What looked wrong without stopping the import (bar spacing, bars not yet closed, sorted rows). */
  readonly warnings: readonly string[];
}

/** `body line 12, column high`: where a problem of the file is. */
function problemField(problem: CsvProblem): string {
  return `body line ${problem.row}${problem.column === '' ? '' : `, column ${problem.column}`}`;
}

/** The 400 for a file that cannot be imported, naming each problem's line and column; nothing is stored. */
function refusal(problems: readonly CsvProblem[]): AppError {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const listed: FieldProblem[] = errors.slice(0, MAX_LISTED_PROBLEMS).map((problem) => ({
    field: problemField(problem),
    message: problem.value === '' ? problem.message : `${problem.message} (value ${JSON.stringify(problem.value)})`,
  }));
  const text = formatCsvProblems(errors).split('\n').join('; ');
  return new AppError('GS_ERR_VALIDATION', `the file was not imported, nothing was stored: ${text}`, listed);
}

function parse(text: string, symbol: string, timeframe: Timeframe): ParsedBars {
  try {
    // One symbol: a file with a symbol column gives only this symbol's rows; a file without one is all of it.
    return parseBarsCsv(text, { symbol, timeframe, invalidRows: 'error' });
  } catch (error) {
    if (error instanceof BarsCsvError) throw refusal(error.problems);
    throw error;
  }
}

/**
 * Imports a CSV file of one symbol's bars into the bar store the bar cache reads, so the engine and the charts use
 * them: all of it or, on any invalid row (bad or non-numeric values, high below low, duplicate or unsorted times),
 * none of it, with a 400 naming every bad line and column. Bars of the same time are replaced, the file's range is
 * recorded as covered (providers are not asked for it again), and bars that have not closed yet are left out.
 */
export async function importBars(database: Database, request: BarImportRequest): Promise<BarImportResult> {
  const { symbol, timeframe, now } = request;
  const parsed = parse(request.text, symbol, timeframe);
  if (parsed.columns.volume === undefined) {
    throw AppError.invalid(`body line ${parsed.columns.headerRow}`, 'has no volume column: the bar store keeps volumes (write 0 where the source has none)');
  }
  const read = parsed.symbols.values().next();
  if (read.done === true) throw AppError.invalid('body', 'has no bars');
  const { series, labels } = read.value;
  const step = TIMEFRAME_MS[timeframe];
  const bars: Bar[] = [];
  for (let i = 0; i < series.length; i++) if (series.time[i] + step <= now) bars.push(series.bar(i));
  const warnings = [...parsed.problems.map(formatCsvProblem), ...barSpacingWarnings(series, labels, timeframe)];
  const open = series.length - bars.length;
  if (open > 0) warnings.push(`${open} bar${open === 1 ? ' has' : 's have'} not closed yet and ${open === 1 ? 'was' : 'were'} left out`);
  const first = bars[0];
  const last = bars[bars.length - 1];
  if (first === undefined || last === undefined) throw AppError.invalid('body', `has no ${timeframe} bar that has closed yet`);

  const replaced = await database.transaction(async (tx) => {
    const repository = new BarRepository(tx);
    const times = new Set(bars.map((bar) => bar.time));
    const stored = await repository.range(symbol, timeframe, first.time, last.time + 1);
    await repository.upsert(symbol, timeframe, bars, { source: IMPORT_SOURCE, covered: { from: first.time, to: last.time + step } });
    return stored.filter((bar) => times.has(bar.time)).length;
  });
  return {
    symbol,
    timeframe,
    rows: bars.length,
    inserted: bars.length - replaced,
    replaced,
    first: new Date(first.time).toISOString(),
    last: new Date(last.time).toISOString(),
    warnings,
  };
}
