import type { CsvProblem } from './csv-problem.js';
import { formatCsvProblems } from './format-csv-problems.js';

/**
 * Thrown when a bar file cannot be read as asked: a file-level problem (no header, missing columns,
 * newest-first rows) or, under the `error` policy, any invalid row. Carries ALL problems; the message
 * shows the first 20 and the total.
 */
export class BarsCsvError extends Error {
  readonly code = 'GS_ERR_CSV';
  readonly problems: readonly CsvProblem[];
  /** Where the text came from (a file path), when the caller said. */
  readonly source: string | undefined;

  constructor(problems: readonly CsvProblem[], source?: string) {
    super(describeProblems(problems, source));
    this.name = 'BarsCsvError';
    this.problems = problems;
    this.source = source;
  }

  /** The same error with the message prefixed by `source` (such as the file path). */
  withSource(source: string): BarsCsvError {
    return new BarsCsvError(this.problems, source);
  }
}

function describeProblems(problems: readonly CsvProblem[], source: string | undefined): string {
  const where = source === undefined ? 'bar file' : source;
  const errors = problems.filter((problem) => problem.severity === 'error');
  const rows = new Set(errors.map((problem) => problem.row)).size;
  const head =
    errors.length === 1
      ? `${where}: 1 problem`
      : `${where}: ${errors.length} problems in ${rows} row${rows === 1 ? '' : 's'}`;
  return `${head}\n${formatCsvProblems(problems)}`;
}
