import { parseDecimalField } from '@goldensignals/engine';
import type { ProviderError } from '../../provider-error.js';

/** A JSON object of an API answer. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Texts some sources put where a number is absent (Alpha Vantage writes `None` or `-`). */
const ABSENT_TEXTS: ReadonlySet<string> = new Set(['', 'None', 'none', '-', 'N/A', 'null']);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The finite number a strictly decimal text (`12`, `-3.25`, `1e-3`) spells, or NaN for anything else (`1,5`, ` 1`, `Infinity`, `0x1f`). */
export function parseStrictDecimal(text: string): number {
  const value = parseDecimalField(text, 0, text.length);
  return Number.isFinite(value) ? value : NaN;
}

/** `results[3].h`, `Meta Data["6. Time Zone"]`: where a value sits in the answer. */
export function pathOf(at: string, key: string | number): string {
  if (typeof key === 'number') return `${at}[${key}]`;
  if (IDENTIFIER.test(key)) return at === '' ? key : `${at}.${key}`;
  return `${at}[${JSON.stringify(key)}]`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Reads an API's JSON answer field by field. Anything not of the documented shape throws the
 * `bad-response` error `fail` builds, naming the field, what it held and what was expected — a
 * malformed answer is never turned into zeros or skipped rows.
 */
export class ResponseReader {
  constructor(private readonly fail: (problem: string) => ProviderError) {}

  /** The error for a problem found by the caller's own checks at `path`. */
  problem(path: string, problem: string): ProviderError {
    return this.fail(path === '' ? problem : `${path} ${problem}`);
  }

  /** `value` as an object (not an array, not null). */
  object(value: unknown, at: string): JsonObject {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as JsonObject;
    throw this.fail(`${at === '' ? 'the body' : at} is ${describeValue(value)}, expected an object`);
  }

  /** `value` as an array. */
  array(value: unknown, at: string): readonly unknown[] {
    if (Array.isArray(value)) return value;
    throw this.fail(`${at === '' ? 'the body' : at} is ${describeValue(value)}, expected an array`);
  }

  /** The object at `parent[key]`. */
  objectField(parent: JsonObject, key: string, at: string): JsonObject {
    return this.object(parent[key], pathOf(at, key));
  }

  /** The array at `parent[key]`. */
  arrayField(parent: JsonObject, key: string, at: string): readonly unknown[] {
    return this.array(parent[key], pathOf(at, key));
  }

  /** The array at `parent[key]`, or an empty array when the field is absent or null. */
  optionalArrayField(parent: JsonObject, key: string, at: string): readonly unknown[] {
    const value = parent[key];
    return value === undefined || value === null ? [] : this.array(value, pathOf(at, key));
  }

  /** A non-empty string. */
  string(parent: JsonObject, key: string, at: string): string {
    const value = parent[key];
    if (typeof value === 'string' && value.length > 0) return value;
    throw this.mismatch(parent, key, at, 'a non-empty string');
  }

  /** A string, or null when absent, null or empty. */
  optionalString(parent: JsonObject, key: string, at: string): string | null {
    const value = parent[key];
    if (value === undefined || value === null || value === '') return null;
    if (typeof value === 'string') return value;
    throw this.mismatch(parent, key, at, 'a string or nothing');
  }

  /** A finite JSON number. */
  number(parent: JsonObject, key: string, at: string): number {
    const value = parent[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    throw this.mismatch(parent, key, at, 'a finite number');
  }

  /** The finite JSON number at `array[index]` (parallel-array answers such as Finnhub's candles). */
  numberAt(array: readonly unknown[], index: number, at: string): number {
    const value = array[index];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    throw this.fail(`${pathOf(at, index)} is ${describeValue(value)}, expected a finite number`);
  }

  /** A finite JSON number, or null when absent or null. */
  optionalNumber(parent: JsonObject, key: string, at: string): number | null {
    const value = parent[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    throw this.mismatch(parent, key, at, 'a finite number or nothing');
  }

  /** A number sent as a strictly decimal string (`"187.4400"`), as Alpha Vantage sends every number. */
  decimal(parent: JsonObject, key: string, at: string): number {
    const value = parent[key];
    const parsed = typeof value === 'string' ? parseStrictDecimal(value) : NaN;
    if (!Number.isNaN(parsed)) return parsed;
    throw this.mismatch(parent, key, at, 'a decimal number as text');
  }

  /** Like {@link decimal}, but null when absent or one of the texts sources use for "none" (`None`, `-`, empty). */
  optionalDecimal(parent: JsonObject, key: string, at: string): number | null {
    const value = parent[key];
    if (value === undefined || value === null || (typeof value === 'string' && ABSENT_TEXTS.has(value))) return null;
    return this.decimal(parent, key, at);
  }

  private mismatch(parent: JsonObject, key: string, at: string, expected: string): ProviderError {
    return this.fail(`${pathOf(at, key)} is ${describeValue(parent[key])}, expected ${expected}`);
  }
}
