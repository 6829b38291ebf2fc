import { AppError, type FieldProblem } from '../errors/app-error.js';

/**
 * `values` when none repeats; otherwise a 400 naming each repeat, where it is and where it first
 * appeared (`body.symbols[3]: repeats AAPL (body.symbols[0])`). Callers upper-case symbols first, so
 * `aapl` and `AAPL` count as the same.
 */
export function distinctValues<T extends string>(values: readonly T[], field: string): T[] {
  const first = new Map<T, number>();
  const problems: FieldProblem[] = [];
  values.forEach((value, index) => {
    const seen = first.get(value);
    if (seen === undefined) first.set(value, index);
    else problems.push({ field: `${field}[${index}]`, message: `repeats ${value} (${field}[${seen}])` });
  });
  if (problems.length > 0) throw new AppError('GS_ERR_VALIDATION', problems.map((problem) => `${problem.field} ${problem.message}`).join('; '), problems);
  return [...values];
}
