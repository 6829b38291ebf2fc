/** A time as date and minute in `timeZone`; `–` for none, the raw text for an unreadable one or an unknown zone. */
export function formatDateTime(iso: string | null, timeZone: string): string {
  if (iso === null) return '–';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  try {
    return time.toLocaleString(undefined, { timeZone, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  } catch {
    return time.toLocaleString();
  }
}
