import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

function nonFiniteField(value: unknown, path: string): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nonFiniteField(value[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * A preHandler refusing ±Infinity in the query and path: Ajv coerces text such as `1e309` to Infinity and then
 * skips `minimum`/`maximum` (it checks bounds only on finite numbers), so `?days=1e309` would pass validation and
 * reach the database as an invalid date. JSON bodies cannot hold Infinity, so only these two need the check.
 */
export async function rejectNonFiniteNumbers(request: FastifyRequest): Promise<void> {
  for (const [part, values] of [['query', request.query], ['params', request.params]] as const) {
    if (typeof values !== 'object' || values === null) continue;
    for (const [name, value] of Object.entries(values)) {
      const field = nonFiniteField(value, `${part}.${name}`);
      if (field !== null) throw AppError.invalid(field, 'must be a finite number');
    }
  }
}
