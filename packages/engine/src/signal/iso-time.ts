const DAY_MS = 86_400_000;
/** Latest epoch ms with a four-digit year (9999-12-31T23:59:59.999Z); later and negative times take the slow path. */
const LAST_FOUR_DIGIT_YEAR_MS = 253_402_300_799_999;

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

function threeDigits(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}

function fourDigits(n: number): string {
  return n < 1000 ? `0${threeDigits(n)}` : String(n);
}

let lastMs = NaN;
let lastIso = '';
let lastDay = NaN;
let lastDate = '';
let lastClockMs = NaN;
let lastClock = '';

/**
 * `new Date(ms).toISOString()`, character for character, in a fraction of the time: a signal carries
 * two of these and `toISOString` costs about half a microsecond each. The last result, date and time
 * of day are remembered: a bar-close hands every symbol the same time, and daily bars all start at
 * the same time of day. Times after year 9999 or before 1970 go through `Date` itself (which also
 * throws the usual RangeError for non-finite times).
 */
export function isoTime(ms: number): string {
  if (ms === lastMs) return lastIso;
  if (!(ms >= 0 && ms <= LAST_FOUR_DIGIT_YEAR_MS && Number.isInteger(ms))) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  if (day !== lastDay) {
    lastDate = civilDate(day);
    lastDay = day;
  }
  const clockMs = ms - day * DAY_MS;
  if (clockMs !== lastClockMs) {
    lastClock = clock(clockMs);
    lastClockMs = clockMs;
  }
  lastIso = `${lastDate}T${lastClock}Z`;
  lastMs = ms;
  return lastIso;
}

/** `HH:MM:SS.mmm` of milliseconds into a day. */
function clock(ms: number): string {
  const milliseconds = ms % 1000;
  let rest = (ms - milliseconds) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  return `${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${threeDigits(milliseconds)}`;
}

/** `YYYY-MM-DD` of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's `civil_from_days`). */
function civilDate(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${fourDigits(year)}-${TWO_DIGITS[month]}-${TWO_DIGITS[dayOfMonth]}`;
}
