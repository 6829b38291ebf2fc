import { TickMarkType, type Time } from 'lightweight-charts';
import type { ChartTimeframe } from './chart-timeframes.js';

/** How the chart writes times: the crosshair label and the time axis' tick marks. */
export interface ChartTimeFormat {
  time(time: Time): string;
  tick(time: Time, type: TickMarkType): string;
}

/**
 * Times in the viewer's time zone for intraday bars; daily bars are stamped 00:00 UTC of their trading date, so
 * they are written in UTC (in New York, local time would put each one on the evening before).
 */
export function chartTimeFormat(timeframe: ChartTimeframe, locale?: string): ChartTimeFormat {
  const timeZone = timeframe === '1d' ? 'UTC' : undefined;
  const label = new Intl.DateTimeFormat(locale, timeZone === undefined ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone });
  const ticks: Readonly<Record<TickMarkType, Intl.DateTimeFormat>> = {
    [TickMarkType.Year]: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone }),
    [TickMarkType.Month]: new Intl.DateTimeFormat(locale, { month: 'short', timeZone }),
    [TickMarkType.DayOfMonth]: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }),
    [TickMarkType.Time]: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }),
    [TickMarkType.TimeWithSeconds]: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone }),
  };
  const ms = (time: Time): number => {
    if (typeof time === 'number') return time * 1000;
    return typeof time === 'string' ? Date.parse(time) : Date.UTC(time.year, time.month - 1, time.day);
  };
  return {
    time: (time) => label.format(ms(time)),
    tick: (time, type) => ticks[type].format(ms(time)),
  };
}
