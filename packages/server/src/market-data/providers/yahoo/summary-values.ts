import { ProviderError } from '../../provider-error.js';

/**
 * Readers for quoteSummary answers taken without yahoo-finance2's schema check (see `YahooProvider`).
 * Yahoo sends a number either plain or as `{ raw, fmt }`, and leaves fields out, sends null or `{}`
 * when it has no value: those read as null. A value of another type is a malformed answer and
 * throws `bad-response` naming the field.
 */
export class SummaryReader {
  constructor(
    private readonly provider: string,
    /** What is being read, for messages (e.g. `fundamentals of AAPL`). */
    private readonly what: string,
  ) {}

  /** The object at `field` of `parent`, or null when absent. */
  object(parent: unknown, field: string): Record<string, unknown> | null {
    const value = this.field(parent, field);
    if (value === null || value === undefined) return null;
    if (typeof value !== 'object' || Array.isArray(value)) throw this.malformed(field, 'an object', value);
    return { ...value };
  }

  /** The array at `field`, or an empty array when absent. */
  array(parent: unknown, field: string): unknown[] {
    const value = this.field(parent, field);
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) throw this.malformed(field, 'an array', value);
    return value;
  }

  number(parent: unknown, field: string): number | null {
    let value = this.field(parent, field);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) value = 'raw' in value ? value.raw : undefined;
    if (value === null || value === undefined) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw this.malformed(field, 'a number', value);
    return value;
  }

  string(parent: unknown, field: string): string | null {
    const value = this.field(parent, field);
    if (value === null || value === undefined || value === '') return null;
    if (typeof value !== 'string') throw this.malformed(field, 'a string', value);
    return value;
  }

  /**
   * A time sent as epoch seconds (plain or `{ raw }`) or as an ISO date, in epoch ms. yahoo-finance2
   * converts the times its schema knows into Dates even when its check fails: those are read too.
   */
  time(parent: unknown, field: string): number | null {
    const value = this.field(parent, field);
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw this.malformed(field, 'a date', value);
      return value.getTime();
    }
    if (typeof value === 'string') {
      const time = Date.parse(value);
      if (Number.isNaN(time)) throw this.malformed(field, 'a date', value);
      return time;
    }
    const seconds = this.number(parent, field);
    return seconds === null ? null : seconds * 1000;
  }

  private field(parent: unknown, field: string): unknown {
    if (typeof parent !== 'object' || parent === null) return undefined;
    return (parent as Record<string, unknown>)[field];
  }

  private malformed(field: string, expected: string, value: unknown): ProviderError {
    return new ProviderError(this.provider, 'bad-response', `${this.what}: field ${field} should be ${expected}, got ${JSON.stringify(value)}`);
  }
}
