import type { FieldProblem } from '../errors/app-error.js';

/** Bounds of a number field; `exclusiveMin` / `exclusiveMax` make the bound itself invalid. */
export interface NumberBounds {
  readonly min?: number;
  readonly max?: number;
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
  readonly integer?: boolean;
}

function describe(bounds: NumberBounds): string {
  const kind = bounds.integer ? 'an integer' : 'a number';
  const low = bounds.min === undefined ? '' : `${bounds.exclusiveMin ? '>' : '≥'} ${bounds.min}`;
  const high = bounds.max === undefined ? '' : `${bounds.exclusiveMax ? '<' : '≤'} ${bounds.max}`;
  const range = [low, high].filter((part) => part !== '').join(' and ');
  return range === '' ? `must be ${kind}` : `must be ${kind} ${range}`;
}

/**
 * Reads the fields of a JSON object whose shape depends on another field (an alert's params by its
 * kind), collecting every problem with its full field name instead of stopping at the first.
 */
export class ParamsReader {
  readonly problems: FieldProblem[] = [];

  constructor(
    private readonly params: Readonly<Record<string, unknown>>,
    private readonly prefix: string,
    /** The fields this shape has; any other is a problem. */
    fields: readonly string[],
    /** What the shape is, for the message about unknown fields (e.g. `an alert of kind price_above`). */
    shape: string,
  ) {
    for (const field of Object.keys(params)) {
      if (!fields.includes(field)) this.problems.push({ field: `${prefix}.${field}`, message: `is not a field of ${shape} (it takes ${fields.join(', ')})` });
    }
  }

  private problem(field: string, message: string): undefined {
    this.problems.push({ field: `${this.prefix}.${field}`, message });
    return undefined;
  }

  /** A finite number within `bounds`; `fallback` when absent (absent without one is a problem). */
  number(field: string, bounds: NumberBounds, fallback?: number): number | undefined {
    const value = this.params[field];
    if (value === undefined) return fallback ?? this.problem(field, 'is required');
    const fits =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (!bounds.integer || Number.isInteger(value)) &&
      (bounds.min === undefined || (bounds.exclusiveMin ? value > bounds.min : value >= bounds.min)) &&
      (bounds.max === undefined || (bounds.exclusiveMax ? value < bounds.max : value <= bounds.max));
    return fits ? value : this.problem(field, describe(bounds));
  }

  /** A finite number within `bounds`, or `undefined` when absent (or invalid: a problem is recorded then). */
  optionalNumber(field: string, bounds: NumberBounds): number | undefined {
    return this.params[field] === undefined ? undefined : this.number(field, bounds);
  }

  /** One of `options`; `fallback` when absent (absent without one is a problem). */
  choice<T extends string>(field: string, options: readonly T[], fallback?: T): T | undefined {
    const value = this.params[field];
    if (value === undefined) return fallback ?? this.problem(field, 'is required');
    const found = options.find((option) => option === value);
    return found ?? this.problem(field, `must be one of ${options.join(', ')}`);
  }

  /**
   * A non-empty list of at most `maxItems` distinct strings each matching `rule` (described as `what`), in the given
   * order; `undefined` when absent (or invalid: problems are recorded then).
   */
  distinctStrings(field: string, rule: RegExp, what: string, maxItems: number): string[] | undefined {
    const value = this.params[field];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length === 0 || value.length > maxItems) return this.problem(field, `must be a list of 1 to ${maxItems} items, each ${what}`);
    const chosen: string[] = [];
    value.forEach((item: unknown, index) => {
      if (typeof item !== 'string' || !rule.test(item)) this.problem(`${field}[${index}]`, `must be ${what}`);
      else if (chosen.includes(item)) this.problem(`${field}[${index}]`, `repeats ${item}`);
      else chosen.push(item);
    });
    return chosen.length === value.length ? chosen : undefined;
  }

  /** A non-empty list of distinct `options`, in the given order; `fallback` when absent. */
  subset<T extends string>(field: string, options: readonly T[], fallback: readonly T[]): T[] | undefined {
    const value = this.params[field];
    if (value === undefined) return [...fallback];
    if (!Array.isArray(value) || value.length === 0) return this.problem(field, `must be a non-empty list of ${options.join(', ')}`);
    const chosen: T[] = [];
    value.forEach((item: unknown, index) => {
      const found = options.find((option) => option === item);
      if (found === undefined) this.problem(`${field}[${index}]`, `must be one of ${options.join(', ')}`);
      else if (chosen.includes(found)) this.problem(`${field}[${index}]`, `repeats ${found}`);
      else chosen.push(found);
    });
    return chosen.length === value.length ? chosen : undefined;
  }
}
