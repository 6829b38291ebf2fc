import type { SignalAction, Timeframe } from '@goldensignals/engine';
import { AppError, type FieldProblem } from '../errors/app-error.js';
import { ACCEPTED_ACTIONS, actionOfAlert } from './tradingview-action.js';
import { ACCEPTED_INTERVALS, timeframeOfInterval } from './tradingview-interval.js';

/** An alert's vote as the server stores it. */
export interface TradingViewAlert {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly action: SignalAction;
  readonly confidence: number;
  readonly price: number | null;
  /** The time the alert claimed (its bar or firing time), epoch ms; the arrival time when it claimed none. */
  readonly barTime: number;
  readonly strategy: string | null;
  readonly comment: string | null;
}

/** Confidence of an alert that sends none: a clear opinion, not a certain one. */
export const DEFAULT_ALERT_CONFIDENCE = 0.6;
/** Longest strategy name kept. */
export const MAX_STRATEGY_CHARS = 100;
/** Longest comment kept. */
export const MAX_COMMENT_CHARS = 500;
/** How far past the arrival an alert's time may lie (clocks differ a little), ms. */
const CLOCK_SKEW_MS = 60_000;

const SYMBOL = /^[A-Z0-9.\-=^/]{1,20}$/;
// `2024-06-03T18:00:00Z`, `2024-06-03T18:00:00.123+02:00`, `2024-06-03 18:00:00Z`: TradingView's {{time}} and {{timenow}}.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Collects every problem of an alert's fields, each named `body.<field>`. */
class AlertReader {
  readonly problems: FieldProblem[] = [];

  constructor(private readonly body: Readonly<Record<string, unknown>>) {}

  problem(field: string, message: string): undefined {
    this.problems.push({ field: `body.${field}`, message });
    return undefined;
  }

  /** A present, non-blank string field, trimmed; a problem when it is something else. */
  text(field: string): string | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') return this.problem(field, 'must be a string');
    const text = String(value).trim();
    return text === '' ? this.problem(field, 'must not be empty') : text;
  }

  /** A number sent as a JSON number or as a numeric string (`"{{close}}"` in quotes), or `undefined` when absent. */
  number(field: string, check: (value: number) => string | null): number | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) return undefined;
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : NaN;
    if (!Number.isFinite(number)) return this.problem(field, `must be a number (got ${JSON.stringify(value)})`);
    const problem = check(number);
    return problem === null ? number : this.problem(field, problem);
  }

  /** The one of two alternative fields that is given (`symbol` or `ticker`); both must agree, one is required. */
  either<T>(first: string, second: string, read: (field: string) => T | undefined, same: (a: T, b: T) => boolean): T | undefined {
    const hasFirst = this.body[first] !== undefined && this.body[first] !== null;
    const hasSecond = this.body[second] !== undefined && this.body[second] !== null;
    if (!hasFirst && !hasSecond) return this.problem(first, `is required (or ${second})`);
    const a = hasFirst ? read(first) : undefined;
    const b = hasSecond ? read(second) : undefined;
    if (a !== undefined && b !== undefined && !same(a, b)) return this.problem(second, `disagrees with ${first}`);
    return a ?? b;
  }
}

/** `NASDAQ:AAPL` -> `AAPL`: TradingView's `{{ticker}}` carries no exchange, but a typed symbol often does. */
function symbolOf(reader: AlertReader, field: string): string | undefined {
  const text = reader.text(field);
  if (text === undefined) return undefined;
  const symbol = text.slice(text.lastIndexOf(':') + 1).toUpperCase();
  return SYMBOL.test(symbol) ? symbol : reader.problem(field, `must be a ticker (letters, digits and . - = ^ / up to 20 characters, an EXCHANGE: prefix is dropped), got ${JSON.stringify(text)}`);
}

function timeframeOf(reader: AlertReader, field: string): Timeframe | undefined {
  const text = reader.text(field);
  if (text === undefined) return undefined;
  return timeframeOfInterval(text) ?? reader.problem(field, `must be one of the ${ACCEPTED_INTERVALS}, got ${JSON.stringify(text)}`);
}

function barTimeOf(reader: AlertReader, receivedAt: number): number {
  const text = reader.text('time');
  if (text === undefined) return receivedAt;
  const time = ISO_TIME.test(text) ? Date.parse(text.replace(' ', 'T')) : NaN;
  if (!Number.isFinite(time)) return reader.problem('time', `must be an ISO date-time such as 2024-06-03T18:00:00Z ({{timenow}}), got ${JSON.stringify(text)}`) ?? receivedAt;
  if (time > receivedAt + CLOCK_SKEW_MS) return reader.problem('time', `lies in the future (${text}); send {{timenow}} or {{time}}`) ?? receivedAt;
  return time;
}

function actionOf(reader: AlertReader, body: Readonly<Record<string, unknown>>): SignalAction | undefined {
  if (body.action === undefined || body.action === null) return reader.problem('action', `is required: ${ACCEPTED_ACTIONS}`);
  const text = reader.text('action');
  if (text === undefined) return undefined;
  return actionOfAlert(text) ?? reader.problem('action', `must be ${ACCEPTED_ACTIONS}, got ${JSON.stringify(text)}`);
}

function limited(reader: AlertReader, field: string, maxChars: number): string | null {
  const text = reader.text(field);
  if (text === undefined) return null;
  return text.length <= maxChars ? text : (reader.problem(field, `must be at most ${maxChars} characters`) ?? null);
}

/**
 * Reads a TradingView alert message: `symbol` or `ticker` (an `EXCHANGE:` prefix dropped), `action` (buy/long,
 * sell/short, hold/flat/exit/close in any case), `timeframe` or `interval` (TradingView's or ours), and optionally
 * `confidence` (0..1, default 0.6), `price`, `time` (ISO, default the arrival), `strategy` and `comment`. Numbers may
 * come quoted. Every bad field is reported at once in a 400 naming it.
 */
export function parseTradingViewAlert(body: Readonly<Record<string, unknown>>, receivedAt: number): TradingViewAlert {
  const reader = new AlertReader(body);
  const symbol = reader.either('symbol', 'ticker', (field) => symbolOf(reader, field), (a, b) => a === b);
  const timeframe = reader.either('timeframe', 'interval', (field) => timeframeOf(reader, field), (a, b) => a === b);
  const action = actionOf(reader, body);
  const confidence = reader.number('confidence', (value) => (value >= 0 && value <= 1 ? null : 'must be a number from 0 to 1')) ?? DEFAULT_ALERT_CONFIDENCE;
  const price = reader.number('price', (value) => (value > 0 ? null : 'must be a positive number')) ?? null;
  const barTime = barTimeOf(reader, receivedAt);
  const strategy = limited(reader, 'strategy', MAX_STRATEGY_CHARS);
  const comment = limited(reader, 'comment', MAX_COMMENT_CHARS);
  if (reader.problems.length > 0 || symbol === undefined || timeframe === undefined || action === undefined) {
    const { problems } = reader;
    throw new AppError('GS_ERR_VALIDATION', problems.map((problem) => `${problem.field} ${problem.message}`).join('; '), problems);
  }
  return { symbol, timeframe, action, confidence, price, barTime, strategy, comment };
}
