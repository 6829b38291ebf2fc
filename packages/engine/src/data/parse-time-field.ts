import { parseDecimalField } from './parse-decimal-field.js';

const DAY_MS = 86_400_000;
const DAY_SLOTS = 32 * 12 * 31;
/** Smallest epoch value accepted: 1e8 s is 1973-03-03. Below it a number could as well be a compact date (20130208). */
export const MIN_EPOCH_SECONDS = 1e8;
/** Epoch values from here on are milliseconds: 1e11 s would be the year 5138, 1e11 ms is 1973-03-03. */
export const EPOCH_MILLISECONDS_FROM = 1e11;
/** Epoch milliseconds end here (the year 5138); larger values are likely micro- or nanoseconds and are refused. */
export const MAX_EPOCH_MILLISECONDS = 1e14;

/**
 * Parses bar times, caching calendar days so each date is validated and converted once. Accepted forms, anything else gives NaN:
 * - ISO date `2013-02-08` (midnight UTC);
 * - date-time `2013-02-08 14:30`, `2013-02-08T14:30:05`, optional `.fff` fraction (kept to the
 *   millisecond), optional `Z` or `+hh:mm` / `-hh:mm` / `+hhmm` / `+hh` offset; no zone means UTC;
 * - epoch numbers, unit decided by magnitude: values in [1e8, 1e11) are SECONDS (1973-03-03 to the
 *   year 5138), values in [1e11, 1e14) are MILLISECONDS (1973-03-03 to 5138); fractions allowed
 *   (`1502942400.0`). Smaller values (an 8-digit `20130208` is as likely a compact date) and larger ones
 *   (microseconds?) are refused rather than guessed.
 */
export class TimeFieldParser {
  // Parsed days, one slot per (year mod 32, month, day): distinct for any 32-year span, so a
  // multi-symbol file that revisits the same dates for every symbol computes each date once.
  private readonly dayKeys = new Int32Array(DAY_SLOTS).fill(-1);
  private readonly dayValues = new Float64Array(DAY_SLOTS);

  /** Epoch ms UTC of the time in `text[start, end)`, or NaN when it is none of the accepted forms. */
  parse(text: string, start: number, end: number): number {
    if (end - start >= 10 && text.charCodeAt(start + 4) === 45 /* - */) return this.parseIso(text, start, end);
    const value = parseDecimalField(text, start, end);
    if (!(value >= MIN_EPOCH_SECONDS) || value >= MAX_EPOCH_MILLISECONDS) return NaN;
    return value < EPOCH_MILLISECONDS_FROM ? Math.round(value * 1000) : Math.round(value);
  }

  private parseIso(text: string, start: number, end: number): number {
    const year = twoDigits(text, start) * 100 + twoDigits(text, start + 2);
    const month = twoDigits(text, start + 5);
    const day = twoDigits(text, start + 8);
    if (text.charCodeAt(start + 7) !== 45) return NaN;
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 0)) return NaN;
    const dayKey = year * 10_000 + month * 100 + day;
    const slot = ((year & 31) * 12 + month - 1) * 31 + day - 1;
    if (this.dayKeys[slot] !== dayKey) {
      if (day > daysInMonth(year, month)) return NaN;
      this.dayKeys[slot] = dayKey;
      this.dayValues[slot] = daysFromCivil(year, month, day) * DAY_MS;
    }
    const dayMs = this.dayValues[slot];
    let i = start + 10;
    if (i === end) return dayMs;
    const separator = text.charCodeAt(i);
    if (separator !== 32 /* space */ && separator !== 84 /* T */) return NaN;
    const hour = twoDigits(text, i + 1);
    const minute = twoDigits(text, i + 4);
    if (text.charCodeAt(i + 3) !== 58 /* : */ || !(hour <= 23 && minute <= 59)) return NaN;
    i += 6;
    let second = 0;
    let millisecond = 0;
    if (i < end && text.charCodeAt(i) === 58) {
      second = twoDigits(text, i + 1);
      if (!(second <= 59)) return NaN;
      i += 3;
      if (i < end && text.charCodeAt(i) === 46 /* . */) {
        const fractionStart = ++i;
        let scale = 100;
        for (; i < end; i++) {
          const digit = text.charCodeAt(i) - 48;
          if (digit < 0 || digit > 9) break;
          millisecond += digit * scale;
          scale /= 10;
        }
        if (i === fractionStart) return NaN;
        millisecond = Math.floor(millisecond);
      }
    }
    if (i > end) return NaN;
    const offset = i === end ? 0 : zoneOffsetMinutes(text, i, end);
    return dayMs + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millisecond;
  }
}

/** Offset east of UTC in minutes for `Z`, `+hh:mm`, `-hh:mm`, `+hhmm` or `+hh` filling `text[i, end)`; NaN otherwise. */
function zoneOffsetMinutes(text: string, i: number, end: number): number {
  const sign = text.charCodeAt(i);
  if (sign === 90 /* Z */ || sign === 122 /* z */) return i + 1 === end ? 0 : NaN;
  if (sign !== 43 && sign !== 45) return NaN;
  const hours = twoDigits(text, i + 1);
  let minutes = 0;
  const rest = end - (i + 3);
  if (rest === 3 && text.charCodeAt(i + 3) === 58) minutes = twoDigits(text, i + 4);
  else if (rest === 2) minutes = twoDigits(text, i + 3);
  else if (rest !== 0) return NaN;
  if (!(hours <= 23 && minutes <= 59)) return NaN;
  return (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
}

/** The two-digit number at `text[i, i + 2)`, NaN when either character is not a digit (or is past the end). */
function twoDigits(text: string, i: number): number {
  const tens = text.charCodeAt(i) - 48;
  const ones = text.charCodeAt(i + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : NaN;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), valid for any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
