import { isTimeframe, type Timeframe } from '@goldensignals/engine';
import { isUuid } from '../../storage/repositories/is-uuid.js';
import { ToolError } from './chat-tool.js';

/** A ticker as the API accepts it (see SYMBOL_SCHEMA): letters, digits and `.-=^/`, up to 20 characters. */
export const SYMBOL_PATTERN = '^[A-Za-z0-9.\\-=^/]{1,20}$';
const SYMBOL = new RegExp(SYMBOL_PATTERN);

/**
 * Reads a tool's arguments, throwing a {@link ToolError} that names the tool and the field at fault: the model reads
 * it as the tool's result and can call again with better arguments. Fields the tool does not take are refused, so a
 * misspelt filter is never silently ignored.
 */
export class ToolArguments {
  constructor(
    private readonly raw: Readonly<Record<string, unknown>>,
    private readonly tool: string,
    fields: readonly string[],
  ) {
    for (const field of Object.keys(raw)) {
      if (!fields.includes(field)) this.fail(field, `is not an argument of ${tool} (it takes ${fields.length === 0 ? 'none' : fields.join(', ')})`);
    }
  }

  private fail(field: string, message: string): never {
    throw new ToolError(`${this.tool}: ${field} ${message}`);
  }

  /** True when the field was given (not absent, not null). */
  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  /** A ticker, upper-cased. */
  symbol(field: string): string {
    const value = this.raw[field];
    if (typeof value !== 'string' || !SYMBOL.test(value)) this.fail(field, `must be a ticker such as AAPL or BTC-USD, got ${JSON.stringify(value)}`);
    return value.toUpperCase();
  }

  /** A list of 1..`max` distinct tickers, upper-cased. */
  symbols(field: string, max: number): string[] {
    const value = this.raw[field];
    if (!Array.isArray(value) || value.length === 0 || value.length > max) this.fail(field, `must be a list of 1 to ${max} tickers`);
    const symbols: string[] = [];
    for (const [k, item] of value.entries()) {
      if (typeof item !== 'string' || !SYMBOL.test(item)) this.fail(`${field}[${k}]`, `must be a ticker such as AAPL, got ${JSON.stringify(item)}`);
      const symbol = item.toUpperCase();
      if (symbols.includes(symbol)) this.fail(`${field}[${k}]`, `repeats ${symbol}`);
      symbols.push(symbol);
    }
    return symbols;
  }

  /** Text of 1..`maxLength` characters, trimmed. */
  text(field: string, maxLength: number): string {
    const value = this.raw[field];
    if (typeof value !== 'string' || value.trim() === '' || value.length > maxLength) this.fail(field, `must be text of 1 to ${maxLength} characters`);
    return value.trim();
  }

  /** One of `options`. */
  choice<T extends string>(field: string, options: readonly T[]): T {
    const value = this.raw[field];
    const found = options.find((option) => option === value);
    if (found === undefined) this.fail(field, `must be one of ${options.join(', ')}, got ${JSON.stringify(value)}`);
    return found;
  }

  /** A list of 1..`max` distinct values of `options`. */
  choices<T extends string>(field: string, options: readonly T[], max: number): T[] {
    const value = this.raw[field];
    if (!Array.isArray(value) || value.length === 0 || value.length > max) this.fail(field, `must be a list of 1 to ${max} values`);
    const chosen: T[] = [];
    for (const [k, item] of value.entries()) {
      const found = options.find((option) => option === item);
      if (found === undefined) this.fail(`${field}[${k}]`, `is not one of the known values, got ${JSON.stringify(item)}`);
      if (chosen.includes(found)) this.fail(`${field}[${k}]`, `repeats ${found}`);
      chosen.push(found);
    }
    return chosen;
  }

  /** A timeframe of the engine. */
  timeframe(field: string): Timeframe {
    const value = this.raw[field];
    if (typeof value !== 'string' || !isTimeframe(value)) this.fail(field, `must be a timeframe such as 1h or 1d, got ${JSON.stringify(value)}`);
    return value;
  }

  /** A finite number in [min, max] (an integer when asked). */
  number(field: string, min: number, max: number, integer = false): number {
    const value = this.raw[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      this.fail(field, `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${JSON.stringify(value)}`);
    }
    return value;
  }

  /** A UUID. */
  uuid(field: string): string {
    const value = this.raw[field];
    if (typeof value !== 'string' || !isUuid(value)) this.fail(field, `must be an id (UUID), got ${JSON.stringify(value)}`);
    return value.toLowerCase();
  }

  /** An ISO-8601 date or date-time, as epoch ms. */
  time(field: string): number {
    const value = this.raw[field];
    const time = typeof value === 'string' ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : NaN;
    if (!Number.isFinite(time)) this.fail(field, `must be an ISO-8601 date such as 2024-01-31, got ${JSON.stringify(value)}`);
    return time;
  }

  /** An object of finite numbers (strategy parameters). */
  numbers(field: string): Record<string, number> {
    const value = this.raw[field];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(field, 'must be an object of numbers');
    const numbers: Record<string, number> = {};
    for (const [name, item] of Object.entries(value)) {
      if (typeof item !== 'number' || !Number.isFinite(item)) this.fail(`${field}.${name}`, `must be a number, got ${JSON.stringify(item)}`);
      numbers[name] = item;
    }
    return numbers;
  }
}
