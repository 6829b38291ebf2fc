const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * 00:00 UTC of the calendar date that `time` falls on in the IANA time zone `timeZone`: the
 * project's time for a daily bar, whatever hour (in UTC) the exchange's session opens.
 * Throws a RangeError naming the zone when it is not a valid IANA name.
 */
export function exchangeTradingDate(time: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch (error) {
      throw new RangeError(`unknown exchange time zone "${timeZone}"`, { cause: error });
    }
    formatters.set(timeZone, formatter);
  }
  let year = NaN;
  let month = NaN;
  let day = NaN;
  for (const part of formatter.formatToParts(time)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return Date.UTC(year, month - 1, day);
}
