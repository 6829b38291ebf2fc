import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './time-units.js';

/**
 * The unit of pandas' `Timedelta.resolution_string` for a bar period in ms: the smallest non-zero
 * component (a 1-day period → days, 1.5 days → hours, 30 min → minutes). NaN for an unknown period.
 */
export function resolutionOf(periodMs: number): number {
  if (!Number.isFinite(periodMs)) return NaN;
  const nanos = Math.round(periodMs * 1e6);
  for (const unit of [DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS, 1, 1e-3]) {
    if (nanos % Math.round(unit * 1e6) === 0) return unit;
  }
  return 1e-6;
}

/** Rounds a duration up to a multiple of the data's resolution (`Timedelta.ceil`); NaN stays NaN. */
export function ceilToResolution(ms: number, resolution: number): number {
  if (Number.isNaN(resolution)) return ms;
  return Math.ceil(ms / resolution) * resolution;
}
