import { isTimeframe, type Bar, type RiskLevel, type SignalAction, type Timeframe } from '@goldensignals/engine';
import { RISK_LEVELS, SIGNAL_ACTIONS } from '../storage/schema/engine-values.js';
import { isFiniteNumber, isRecord } from '../support/value-guards.js';

/** The fields of a signal (from a `signal` or `outcome` event) that rules filter on and messages show. */
export interface AlertSignal {
  readonly id: string;
  readonly symbol: string;
  readonly timeframe: Timeframe;
  /** The bar the signal was computed at, ISO-8601. */
  readonly time: string;
  readonly action: SignalAction;
  readonly confidence: number;
  readonly consensusStrength: number;
  readonly riskLevel: RiskLevel;
  readonly price: number;
  readonly stopLoss: number | null;
  readonly takeProfit: number | null;
  readonly summary: string;
  readonly simulated: boolean;
  /** How the scorecard closed it; `null` while open. */
  readonly outcome: { readonly result: string; readonly at: string; readonly price: number | null; readonly return: number | null } | null;
}

/** A price seen at a time: from a quote, or the close of a bar. */
export interface PriceObservation {
  readonly symbol: string;
  readonly price: number;
  /** Epoch ms: the quote's time, or the end of the bar. */
  readonly time: number;
}

/** A closed bar from a `bar` event. */
export interface ClosedBar {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly bar: Bar;
}

function levelOrNull(value: unknown): number | null | undefined {
  if (value === null || value === undefined) return null;
  return isFiniteNumber(value) ? value : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function outcomeOf(value: unknown): AlertSignal['outcome'] | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || typeof value.result !== 'string' || typeof value.at !== 'string') return undefined;
  const price = levelOrNull(value.price);
  const fraction = levelOrNull(value.return);
  if (price === undefined || fraction === undefined) return undefined;
  return { result: value.result, at: value.at, price, return: fraction };
}

/**
 * The signal of an event's data (the stored signal as the REST API returns it), or `null` when a field the rules
 * need is missing or mistyped: between processes the bus carries JSON, so it is checked rather than trusted.
 */
export function alertSignalOf(data: unknown): AlertSignal | null {
  if (!isRecord(data)) return null;
  const { id, symbol, timeframe, time, action, confidence, consensusStrength, riskLevel, price, summary } = data;
  const stopLoss = levelOrNull(data.stopLoss);
  const takeProfit = levelOrNull(data.takeProfit);
  const outcome = outcomeOf(data.outcome);
  if (typeof id !== 'string' || typeof symbol !== 'string' || symbol === '' || typeof time !== 'string' || typeof summary !== 'string') return null;
  if (typeof timeframe !== 'string' || !isTimeframe(timeframe) || !oneOf(SIGNAL_ACTIONS, action) || !oneOf(RISK_LEVELS, riskLevel)) return null;
  if (!isFiniteNumber(confidence) || !isFiniteNumber(consensusStrength) || !isFiniteNumber(price) || stopLoss === undefined || takeProfit === undefined || outcome === undefined) return null;
  return { id, symbol, timeframe, time, action, confidence, consensusStrength, riskLevel, price, stopLoss, takeProfit, summary, simulated: data.simulated === true, outcome };
}

/** The price of a `quote` event (the REST quote body), or `null` without a symbol, a positive price and a time; stale quotes are no news. */
export function quoteObservationOf(data: unknown): PriceObservation | null {
  if (!isRecord(data) || typeof data.symbol !== 'string' || !isFiniteNumber(data.price) || data.price <= 0 || data.stale === true || typeof data.time !== 'string') return null;
  const time = Date.parse(data.time);
  return Number.isNaN(time) ? null : { symbol: data.symbol, price: data.price, time };
}

/** The bar of a `bar` event (`{symbol, timeframe, time: ISO, open, high, low, close, volume}`), or `null` when malformed. */
export function closedBarOf(data: unknown): ClosedBar | null {
  if (!isRecord(data) || typeof data.symbol !== 'string' || typeof data.timeframe !== 'string' || !isTimeframe(data.timeframe) || typeof data.time !== 'string') return null;
  const { open, high, low, close, volume } = data;
  const time = Date.parse(data.time);
  if (Number.isNaN(time) || !isFiniteNumber(open) || !isFiniteNumber(high) || !isFiniteNumber(low) || !isFiniteNumber(close) || !isFiniteNumber(volume)) return null;
  return { symbol: data.symbol, timeframe: data.timeframe, bar: { time, open, high, low, close, volume } };
}
