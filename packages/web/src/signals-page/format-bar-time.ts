/** A bar time as the tables show it: short local date and time. */
export function formatBarTime(time: string): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}
