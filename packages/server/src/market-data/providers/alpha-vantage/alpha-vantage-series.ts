import { bucketStart, type Bar } from '@goldensignals/engine';
import { DAY_MS, parseCalendarDay } from '../../calendar/calendar-day.js';
import { ZoneClock } from '../../calendar/zone-clock.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import type { JsonObject, ResponseReader } from '../http/response-reader.js';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** How the keys of a time series name a bar. */
export type SeriesStamp = 'intraday' | 'day' | 'week';

/** Clocks of the zones Alpha Vantage names in "Meta Data", built once per zone. */
const clocks = new Map<string, ZoneClock>();

function clockOf(zone: string): ZoneClock | undefined {
  let clock = clocks.get(zone);
  if (clock === undefined) {
    try {
      clock = new ZoneClock(zone);
    } catch {
      return undefined;
    }
    clocks.set(zone, clock);
  }
  return clock;
}

function entryOf(root: JsonObject, predicate: (key: string) => boolean): [string, unknown] | undefined {
  return Object.entries(root).find(([key]) => predicate(key));
}

/** The epoch day of a `YYYY-MM-DD` text, or undefined when it is no such date. */
function calendarDay(text: string): number | undefined {
  try {
    return parseCalendarDay(text);
  } catch {
    return undefined;
  }
}

/** UTC instant of an intraday key (`2024-03-08 15:55:00`, a wall time in `clock`'s zone). */
function intradayTime(reader: ResponseReader, clock: ZoneClock, key: string, at: string): number {
  const match = DATE_TIME.exec(key);
  const day = match === null ? undefined : calendarDay(match[1]);
  const [hour, minute, second] = match === null ? [NaN, NaN, NaN] : [Number(match[2]), Number(match[3]), Number(match[4])];
  if (day === undefined || !(hour < 24 && minute < 60 && second < 60)) throw reader.problem(at, 'is not stamped with a date and time');
  const wall = day * DAY_MS + (hour * 60 + minute) * 60_000 + second * 1000;
  const time = clock.wallTimeToEpoch(day, hour * 60 + minute) + second * 1000;
  if (time + clock.offsetAt(time) !== wall) throw reader.problem(at, `does not exist in ${clock.timeZone}: clocks skipped it for daylight saving`);
  return time;
}

/**
 * The bars of an Alpha Vantage TIME_SERIES_* answer. Intraday keys (`2024-03-08 15:55:00`, the bar's
 * start) are wall times in the zone "Meta Data" names (US/Eastern), converted to UTC with that zone's
 * daylight-saving rules; daily keys become 00:00 UTC of the date; weekly keys (the week's last trading
 * day) become 00:00 UTC of that week's Monday. Every number arrives as text and is parsed strictly.
 */
export function readAlphaVantageSeries(client: JsonHttpClient, what: string, root: JsonObject, stamp: SeriesStamp): Bar[] {
  const reader = client.reader(what);
  const meta = reader.objectField(root, 'Meta Data', '');
  const seriesEntry = entryOf(root, (key) => key.includes('Time Series'));
  if (seriesEntry === undefined) throw reader.problem('', `has no "Time Series" field (fields: ${Object.keys(root).join(', ')})`);
  const [seriesKey, seriesValue] = seriesEntry;
  const series = reader.object(seriesValue, seriesKey);
  let clock: ZoneClock | undefined;
  if (stamp === 'intraday') {
    const zone = entryOf(meta, (key) => key.endsWith('Time Zone'))?.[1];
    if (typeof zone !== 'string') throw reader.problem('Meta Data', 'names no time zone, so intraday times cannot be placed');
    clock = clockOf(zone);
    if (clock === undefined) throw reader.problem('Meta Data', `names the time zone "${zone}", which is unknown`);
  }
  return Object.entries(series).map(([key, value]): Bar => {
    const at = `${seriesKey}[${JSON.stringify(key)}]`;
    const fields = reader.object(value, at);
    let time: number;
    if (clock !== undefined) {
      time = intradayTime(reader, clock, key, at);
    } else {
      const day = calendarDay(key);
      if (day === undefined) throw reader.problem(at, 'is not stamped with a YYYY-MM-DD date');
      time = stamp === 'week' ? bucketStart((day + 1) * DAY_MS, '1w') : day * DAY_MS;
    }
    return {
      time,
      open: reader.decimal(fields, '1. open', at),
      high: reader.decimal(fields, '2. high', at),
      low: reader.decimal(fields, '3. low', at),
      close: reader.decimal(fields, '4. close', at),
      volume: reader.decimal(fields, '5. volume', at),
    };
  });
}
