/** The time left until `until` as `m:ss` (`9:58`, `0:05`), or null once it has passed or when it cannot be read. */
export function countdownText(until: string, nowMs: number): string | null {
  const end = Date.parse(until);
  if (Number.isNaN(end)) return null;
  const seconds = Math.ceil((end - nowMs) / 1000);
  if (seconds <= 0) return null;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
