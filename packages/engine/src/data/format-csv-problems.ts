import type { CsvProblem } from './csv-problem.js';

/** Default number of problems {@link formatCsvProblems} lists before summarising the rest. */
export const DEFAULT_PROBLEM_LIMIT = 20;

/** One problem as a line: `row 12, column open, value "abc": not a number`. */
export function formatCsvProblem(problem: CsvProblem): string {
  const parts = [`row ${problem.row}`];
  if (problem.column !== '') parts.push(`column ${problem.column}`);
  if (problem.column !== '' || problem.value !== '') parts.push(`value ${JSON.stringify(problem.value)}`);
  const prefix = problem.severity === 'notice' ? 'note: ' : '';
  return `${prefix}${parts.join(', ')}: ${problem.message}`;
}

/**
 * Problems as text lines for stderr: the first `limit` in full, then a count of the rest (with the
 * number of distinct rows they touch) so a file with thousands of bad rows stays readable.
 */
export function formatCsvProblems(problems: readonly CsvProblem[], limit = DEFAULT_PROBLEM_LIMIT): string {
  const lines = problems.slice(0, limit).map(formatCsvProblem);
  const rest = problems.length - lines.length;
  if (rest > 0) {
    const rows = new Set<number>();
    for (let i = lines.length; i < problems.length; i++) rows.add(problems[i].row);
    lines.push(`… and ${rest} more problem${rest === 1 ? '' : 's'} in ${rows.size} more row${rows.size === 1 ? '' : 's'}`);
  }
  return lines.join('\n');
}
