import type { RiskLevel, SignalAction, Timeframe } from '@goldensignals/engine';
import { and, eq, gte, inArray, lt, lte, type SQL } from 'drizzle-orm';
import { signals } from '../schema/signals.js';
import { StorageInputError } from './storage-input-error.js';

/** Filters of the signals list; every given one must hold. */
export interface SignalFilters {
  readonly symbols?: readonly string[];
  readonly actions?: readonly SignalAction[];
  readonly timeframes?: readonly Timeframe[];
  readonly riskLevels?: readonly RiskLevel[];
  /** Inclusive bounds on confidence (0..1). */
  readonly minConfidence?: number;
  readonly maxConfidence?: number;
  /** Signal bar time in [from, to). */
  readonly from?: Date;
  readonly to?: Date;
  /** Only simulated (true) or only real-data (false) signals. */
  readonly simulated?: boolean;
}

/** The WHERE condition of the filters (undefined: no filter). Empty lists match nothing, as asked. */
export function signalFilterCondition(filters: SignalFilters): SQL | undefined {
  const { minConfidence, maxConfidence, from, to } = filters;
  if (minConfidence !== undefined && maxConfidence !== undefined && minConfidence > maxConfidence) {
    throw new StorageInputError('minConfidence', `minConfidence ${minConfidence} is above maxConfidence ${maxConfidence}`);
  }
  if (from !== undefined && to !== undefined && from.getTime() > to.getTime()) {
    throw new StorageInputError('from', `from ${from.toISOString()} is after to ${to.toISOString()}`);
  }
  const conditions: (SQL | undefined)[] = [
    filters.symbols && inArray(signals.symbol, [...filters.symbols]),
    filters.actions && inArray(signals.action, [...filters.actions]),
    filters.timeframes && inArray(signals.timeframe, [...filters.timeframes]),
    filters.riskLevels && inArray(signals.riskLevel, [...filters.riskLevels]),
    minConfidence === undefined ? undefined : gte(signals.confidence, minConfidence),
    maxConfidence === undefined ? undefined : lte(signals.confidence, maxConfidence),
    from === undefined ? undefined : gte(signals.time, from),
    to === undefined ? undefined : lt(signals.time, to),
    filters.simulated === undefined ? undefined : eq(signals.simulated, filters.simulated),
  ];
  return and(...conditions);
}
