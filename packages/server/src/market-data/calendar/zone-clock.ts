import { DAY_MS, yearOfEpochDay } from './calendar-day.js';

const MINUTE_MS = 60_000;
/** `M/D/YYYY, HH:MM:SS`, how the en-US formatter below writes a local time. */
const LOCAL_TIME = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** UTC offsets of one year: `offsets[k]` applies from `starts[k]` (epoch ms) on. */
interface YearOffsets {
  readonly yearStart: number;
  readonly yearEnd: number;
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
}

/**
 * Wall-clock arithmetic in one IANA time zone, with daylight saving time taken from Intl (Node ships
 * full ICU). Intl is slow per call, so each year's offset changes are found once (a probe per month,
 * then a bisection to the minute) and later lookups are a table search.
 */
export class ZoneClock {
  private readonly formatter: Intl.DateTimeFormat;
  private readonly years = new Map<number, YearOffsets>();
  private lastTable: YearOffsets | null = null;

  constructor(readonly timeZone: string) {
    try {
      this.formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (error) {
      throw new RangeError(`unknown time zone "${timeZone}"`, { cause: error });
    }
  }

  /** Local time minus UTC at the instant `time` (epoch ms), in ms (New York: -5 h in winter, -4 h in summer). */
  offsetAt(time: number): number {
    // Lookups come in runs within one year; remembering the last year's table skips the date arithmetic.
    let table = this.lastTable;
    if (table === null || time < table.yearStart || time >= table.yearEnd) {
      table = this.yearOffsets(yearOfEpochDay(Math.floor(time / DAY_MS)));
      this.lastTable = table;
    }
    let k = table.starts.length - 1;
    while (k > 0 && table.starts[k] > time) k--;
    return table.offsets[k];
  }

  /** The local calendar day (days since 1970-01-01) containing the instant `time`. */
  localDayOf(time: number): number {
    return Math.floor((time + this.offsetAt(time)) / DAY_MS);
  }

  /** The instant (epoch ms) when local clocks show `minuteOfDay` minutes after midnight on `epochDay`. */
  wallTimeToEpoch(epochDay: number, minuteOfDay: number): number {
    const local = epochDay * DAY_MS + minuteOfDay * MINUTE_MS;
    const guess = local - this.offsetAt(local);
    return local - this.offsetAt(guess);
  }

  private yearOffsets(year: number): YearOffsets {
    const cached = this.years.get(year);
    if (cached) return cached;
    const boundaries = Array.from({ length: 13 }, (_, month) => Date.UTC(year, month, 1));
    const boundaryOffsets = boundaries.map((time) => this.intlOffsetAt(time));
    const starts = [boundaries[0]];
    const offsets = [boundaryOffsets[0]];
    for (let month = 0; month < 12; month++) {
      const before = boundaryOffsets[month];
      if (before === boundaryOffsets[month + 1]) continue;
      let low = boundaries[month];
      let high = boundaries[month + 1];
      while (high - low > MINUTE_MS) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
        if (this.intlOffsetAt(middle) === before) low = middle;
        else high = middle;
      }
      starts.push(high);
      offsets.push(boundaryOffsets[month + 1]);
    }
    const table = { yearStart: boundaries[0], yearEnd: boundaries[12], starts, offsets };
    this.years.set(year, table);
    return table;
  }

  private intlOffsetAt(time: number): number {
    const wholeSecond = time - (((time % 1000) + 1000) % 1000);
    // format() and a regex cost a third of formatToParts(), which matters when a year's table is built.
    const match = LOCAL_TIME.exec(this.formatter.format(wholeSecond));
    if (match === null) throw new Error(`unexpected Intl output for ${this.timeZone}: ${this.formatter.format(wholeSecond)}`);
    const [month, day, year, hour, minute, second] = match.slice(1).map(Number);
    return Date.UTC(year, month - 1, day, hour, minute, second) - wholeSecond;
  }
}
