import { DAY_MS } from './time-units.js';

/** Calendar bucket the equity is resampled to before periodic returns: pandas' D, W(-SUN), ME, YE. */
export type ResampleRule = 'D' | 'W' | 'ME' | 'YE';

/** Periods per year and the resample rule for the annualised statistics. */
export interface Annualization {
  readonly periodsPerYear: number;
  readonly rule: ResampleRule;
}

/** Day of week of an epoch-ms time, Monday = 0 (pandas' `dayofweek`); 1970-01-01 was a Thursday. */
export function dayOfWeek(time: number): number {
  // Integer arithmetic (|days| < 2^31 for any real date): a float modulo is several times slower.
  const shifted = (Math.floor(time / DAY_MS) + 3) | 0;
  const day = shifted % 7;
  return day < 0 ? day + 7 : day;
}

/**
 * backtesting.py's rule: by the whole days of the median bar period, 7 → 52 weekly, 31 → 12
 * month-end, 365 → 1 year-end; otherwise daily with 365 periods when more than 2/7 × 0.6 of the bars
 * fall on a weekend, else 252.
 */
export function annualization(time: ArrayLike<number>, periodMs: number): Annualization {
  const days = Math.floor(periodMs / DAY_MS);
  if (days === 7) return { periodsPerYear: 52, rule: 'W' };
  if (days === 31) return { periodsPerYear: 12, rule: 'ME' };
  if (days === 365) return { periodsPerYear: 1, rule: 'YE' };
  let weekend = 0;
  for (let k = 0; k < time.length; k++) if (dayOfWeek(time[k]) >= 5) weekend++;
  return { periodsPerYear: weekend / time.length > (2 / 7) * 0.6 ? 365 : 252, rule: 'D' };
}
