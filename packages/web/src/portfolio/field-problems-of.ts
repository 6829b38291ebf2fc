import { ApiError } from '../api/api-error.js';
import type { FieldProblems } from './field-problems.js';

/** The API's field problems (`body.quantity` → `quantity`) of a refused request; none for other failures. */
export function fieldProblemsOf(error: unknown): FieldProblems {
  if (!(error instanceof ApiError)) return {};
  const problems: Record<string, string> = {};
  for (const problem of error.problems) {
    const field = problem.field.replace(/^body\./, '');
    // The first problem of a field is the one to fix first; later ones often follow from it.
    problems[field] ??= problem.message;
  }
  return problems;
}
