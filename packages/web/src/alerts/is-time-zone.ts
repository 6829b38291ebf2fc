/** Whether `name` is an IANA time zone this browser knows (`Europe/Berlin`, `UTC`); the server has the last word. */
export function isTimeZone(name: string): boolean {
  if (name === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
