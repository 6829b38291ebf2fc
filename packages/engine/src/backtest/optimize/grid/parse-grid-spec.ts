import type { GridParam } from './grid-param.js';

/** More values than any sweep should try for one parameter: a typo such as `1:1000000:1` is an error, not a hang. */
export const MAX_GRID_VALUES = 10_000;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function numberOf(spec: string, text: string, what: string): number {
  const trimmed = text.trim();
  const value = trimmed === '' ? NaN : Number(trimmed);
  if (!Number.isFinite(value)) throw new RangeError(`grid "${spec}": ${what} must be a number, got "${trimmed}"`);
  return value;
}

/** Digits after the decimal point of a number as written ("0.25" → 2, "1e-3" → 3). */
function decimalsOf(value: number): number {
  const [mantissa, exponent] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

function range(spec: string, parts: readonly string[]): number[] {
  const [start, stop, step] = [numberOf(spec, parts[0], 'start'), numberOf(spec, parts[1], 'stop'), numberOf(spec, parts[2], 'step')];
  if (!(step > 0)) throw new RangeError(`grid "${spec}": step must be > 0, got ${step}`);
  if (stop < start) throw new RangeError(`grid "${spec}": stop (${stop}) is below start (${start})`);
  // The stop is inclusive; the epsilon keeps 0.1:0.3:0.1 from losing 0.3 to rounding.
  const count = Math.floor((stop - start) / step + 1e-9) + 1;
  if (count > MAX_GRID_VALUES) throw new RangeError(`grid "${spec}": ${count} values; at most ${MAX_GRID_VALUES} per parameter`);
  const decimals = Math.min(20, Math.max(decimalsOf(start), decimalsOf(step)));
  // start + k × step, rounded to the inputs' decimals so 0.1 + 2 × 0.1 is 0.3, not 0.30000000000000004.
  return Array.from({ length: count }, (_, k) => Number((start + k * step).toFixed(decimals)));
}

/**
 * Parses one `--grid` value: `name=start:stop:step` (stop INCLUSIVE: `fast=5:30:5` is 5, 10, … 30),
 * `name=a,b,c` (a list, tried in that order) or `name=value`. Throws a RangeError that quotes the
 * spec and names what is wrong.
 */
export function parseGridSpec(spec: string): GridParam {
  const equals = spec.indexOf('=');
  if (equals < 0) throw new RangeError(`grid "${spec}": expected name=start:stop:step, name=a,b,c or name=value`);
  const name = spec.slice(0, equals).trim();
  if (!NAME.test(name)) throw new RangeError(`grid "${spec}": "${name}" is not a parameter name`);
  const body = spec.slice(equals + 1).trim();
  if (body === '') throw new RangeError(`grid "${spec}": no values after "="`);
  if (body.includes(':')) {
    const parts = body.split(':');
    if (parts.length !== 3) throw new RangeError(`grid "${spec}": a range is start:stop:step (stop inclusive), got ${parts.length} part(s)`);
    return { name, values: range(spec, parts) };
  }
  const values = body.split(',').map((part, k) => numberOf(spec, part, `value ${k + 1}`));
  const seen = new Set<number>();
  for (const value of values) {
    if (seen.has(value)) throw new RangeError(`grid "${spec}": value ${value} is listed twice`);
    seen.add(value);
  }
  return { name, values };
}
