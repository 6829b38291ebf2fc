/**
 * An ISO-8601 UTC time (`2004-08-19T00:00:00.000Z`) as pandas prints a naive Timestamp:
 * `2004-08-19 00:00:00`, with microseconds (`.250000`) only when there are fractions of a second.
 */
export function pandasTimestamp(iso: string): string {
  const match = /^(.+)T(\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(iso);
  if (match === null) return iso;
  const [, date, clock, fraction = ''] = match;
  return /^0*$/.test(fraction) ? `${date} ${clock}` : `${date} ${clock}.${fraction.padEnd(6, '0')}`;
}
