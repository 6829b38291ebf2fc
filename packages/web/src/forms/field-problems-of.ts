import { ApiError } from '../api/api-error.js';
import type { FieldProblems } from './field-problems.js';

/**
 * The API's field problems of a refused request, keyed by the form control they belong to: `body.quantity` →
 * `quantity`, and a nested path to its first part (`body.riskLevels/0` → `riskLevels`), after `within` when the
 * form's controls sit inside one object (`within: 'config'`: `body.config.url` → `url`). None for other failures.
 */
export function fieldProblemsOf(error: unknown, within?: string): FieldProblems {
  if (!(error instanceof ApiError)) return {};
  const problems: Record<string, string> = {};
  for (const problem of error.problems) {
    let path = problem.field.replace(/^body\./, '');
    if (within !== undefined && path.startsWith(`${within}.`)) path = path.slice(within.length + 1);
    const field = path.split(/[./[]/)[0] ?? path;
    // The first problem of a field is the one to fix first; later ones often follow from it.
    problems[field] ??= problem.message;
  }
  return problems;
}
