import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './time-units.js';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * A duration in ms as pandas prints a Timedelta: `3116 days 00:00:00`, with `.ffffff` when there
 * are fractions of a second; negative durations as `-1 days +23:00:00`.
 */
export function formatTimedelta(ms: number): string {
  if (ms >= 0 && ms % DAY_MS === 0) return `${ms / DAY_MS} days 00:00:00`; // the common case: whole days
  let days = Math.floor(ms / DAY_MS);
  let micros = Math.round((ms - days * DAY_MS) * 1000);
  if (micros >= DAY_MS * 1000) {
    days += 1;
    micros -= DAY_MS * 1000;
  }
  const wholeMs = Math.floor(micros / 1000);
  const hours = Math.floor(wholeMs / HOUR_MS);
  const minutes = Math.floor((wholeMs % HOUR_MS) / MINUTE_MS);
  const seconds = Math.floor((wholeMs % MINUTE_MS) / SECOND_MS);
  const fraction = micros % 1_000_000;
  const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${fraction === 0 ? '' : `.${pad(fraction, 6)}`}`;
  return `${days} days ${days < 0 ? '+' : ''}${clock}`;
}
