import { formatPrice } from '@goldensignals/engine';

/** A fraction as a percentage: 0.6234 → `62.3%`. */
export function percentOf(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A percentage figure with its sign: 12.34 → `+12.3%`, -4 → `-4.0%`; `n/a` when missing. */
export function signedPercent(percent: number | null): string {
  if (percent === null) return 'n/a';
  return `${percent > 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

/** A price with the decimals traders expect (the engine's rule); `n/a` when missing. */
export function priceText(price: number | null): string {
  return price === null ? 'n/a' : formatPrice(price);
}

/** An ISO-8601 instant as `2024-03-14 20:00 UTC`, or just the date at midnight UTC. */
export function timeText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = date.toISOString();
  return text.slice(11, 16) === '00:00' ? text.slice(0, 10) : `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}

/** `n` with its noun, singular or plural: `1 vote`, `3 votes`. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
