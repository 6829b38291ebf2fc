/** A backtest statistic for a table: numbers with at most two decimals and thousands separators, ISO times shortened, other text as given. */
export function formatStat(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') {
    // Start and End are ISO times: a date alone when at midnight (daily bars), else date and minute.
    const time = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?Z$/.exec(value);
    if (time === null) return value;
    return time[2] === '00:00' && (time[3] === undefined || /^:00(\.0+)?$/.test(time[3])) ? (time[1] ?? value) : `${time[1] ?? ''} ${time[2] ?? ''}`;
  }
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
