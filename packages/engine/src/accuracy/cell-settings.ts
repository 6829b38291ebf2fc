import { TIMEFRAME_MS, type Timeframe } from '../series/timeframe.js';
import type { CellSettings } from './accuracy-cell.js';
import type { AccuracyOptions } from './accuracy-options.js';

/** What every record of one timeframe shares, from the tracker's options (the half-life is in bars of the timeframe). */
export function cellSettings(options: AccuracyOptions, timeframe: Timeframe): CellSettings {
  const { halfLifeBars, priorStrength, weightExponent, maxWeight, historyLength } = options;
  return { halfLifeMs: halfLifeBars * TIMEFRAME_MS[timeframe], priorStrength, weightExponent, maxWeight, historyLength };
}
