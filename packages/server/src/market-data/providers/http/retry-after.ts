/** An HTTP-date carries a weekday or month name; bare numbers are delay-seconds. */
const HAS_LETTER = /[A-Za-z]/;

/**
 * How long a `Retry-After` header asks us to wait, in ms: delay-seconds (`120`) or an HTTP-date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`, RFC 9110 §10.2.3) relative to `now`; a date in the past gives 0.
 * `undefined` when the header is absent or unreadable, so the caller falls back to its own backoff.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!HAS_LETTER.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
