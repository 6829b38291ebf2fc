import type { StreamingIndicator } from '../../indicators/indicator.js';
import { assertPeriod } from '../../indicators/support/assert-period.js';
import type { Bar } from '../../series/bar.js';

const DAY_MS = 86_400_000;
/** Average Gregorian month in days (365.25 / 12). */
const DAYS_PER_MONTH = 30.4375;

/** Days spanned by `months` calendar months, rounded to whole days (12 -> 365, 1 -> 30). */
export function daysInMonths(months: number): number {
  return Math.round(months * DAYS_PER_MONTH);
}

/**
 * "12-1" price momentum (Jegadeesh & Titman 1993; the UMD factor): the return from the close
 * `lookbackMonths` ago to the close `skipMonths` ago, skipping the most recent month because it
 * tends to reverse. Months are measured in calendar time from the bar times, so the same setting
 * means the same horizon on any timeframe and on 5- or 7-day markets: the indicator keeps one close
 * per UTC day (the day's last) and walks two pointers, O(1) amortised per bar and about
 * `days + 2` numbers of memory whatever the bar size.
 *
 * `lookback` is exact for one bar per calendar day; with other spacings the first value comes once
 * `lookbackMonths` of calendar time have been seen.
 */
export class CalendarMomentum implements StreamingIndicator<Bar, number> {
  readonly lookback: number;
  value: number | null = null;
  private readonly lookbackDays: number;
  private readonly skipDays: number;
  private readonly capacity: number;
  private readonly days: Float64Array;
  private readonly closes: Float64Array;
  /** Samples ever stored; sample `s` lives in slot `s % capacity`. */
  private samples = 0;
  /** Latest sample at or before the lookback / skip target day; -1 while there is none. */
  private startSample = -1;
  private endSample = -1;

  constructor(lookbackMonths: number, skipMonths: number) {
    assertPeriod('lookbackMonths', lookbackMonths, 1);
    assertPeriod('skipMonths', skipMonths, 0);
    if (skipMonths >= lookbackMonths) {
      throw new RangeError(`skipMonths must be below lookbackMonths, got ${skipMonths} and ${lookbackMonths}`);
    }
    this.lookbackDays = daysInMonths(lookbackMonths);
    this.skipDays = daysInMonths(skipMonths);
    this.lookback = this.lookbackDays;
    // One sample per day: the samples after the start pointer span at most lookbackDays days.
    this.capacity = this.lookbackDays + 2;
    this.days = new Float64Array(this.capacity);
    this.closes = new Float64Array(this.capacity);
  }

  update(bar: Bar): number | null {
    const day = Math.floor(bar.time / DAY_MS);
    const last = this.samples - 1;
    if (last >= 0 && this.days[last % this.capacity] === day) {
      this.closes[last % this.capacity] = bar.close;
    } else {
      this.days[this.samples % this.capacity] = day;
      this.closes[this.samples % this.capacity] = bar.close;
      this.samples++;
    }
    this.startSample = this.advance(this.startSample, day - this.lookbackDays);
    this.endSample = this.advance(this.endSample, day - this.skipDays);
    if (this.startSample < 0) return null;
    const start = this.closes[this.startSample % this.capacity];
    const end = this.closes[this.endSample % this.capacity];
    // A zero or missing start price has no return; report no momentum rather than Infinity.
    this.value = start > 0 ? end / start - 1 : 0;
    return this.value;
  }

  /** Moves `sample` forward to the latest stored sample whose day is at or before `targetDay`. */
  private advance(sample: number, targetDay: number): number {
    let s = sample;
    while (s + 1 < this.samples && this.days[(s + 1) % this.capacity] <= targetDay) s++;
    return s;
  }

  reset(): void {
    this.days.fill(0);
    this.closes.fill(0);
    this.samples = 0;
    this.startSample = -1;
    this.endSample = -1;
    this.value = null;
  }
}
