import { truncate } from '../notify/message-text.js';

/**
 * Longest reply: Telegram takes 4096 characters once the HTML is parsed; counting the markup too leaves room for
 * everything and needs no parser.
 */
export const MAX_REPLY_LENGTH = 4000;

/** A price with six significant digits and thousands separators (`189.253`, `64,210.5`, `1.08453`). */
export function formatPrice(value: number): string {
  return value.toLocaleString('en-US', { maximumSignificantDigits: 6 });
}

/** A 0..1 fraction as a whole percentage (`0.724` → `72%`). */
export function formatShare(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** An instant to the minute, in UTC (`2024-06-03 18:00 UTC`). */
export function formatUtc(time: string | Date): string {
  const iso = (typeof time === 'string' ? new Date(time) : time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * Lines of HTML joined into one reply of at most {@link MAX_REPLY_LENGTH} characters. Lines are dropped whole from
 * the end (a cut inside one could split a tag) and an ellipsis line says so; each line must close its own tags.
 */
export function replyLines(lines: readonly string[], max = MAX_REPLY_LENGTH): string {
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const added = (kept.length === 0 ? 0 : 1) + line.length;
    // Room for the "…" line whenever something would follow.
    const reserve = index === lines.length - 1 ? 0 : 2;
    if (length + added + reserve > max) {
      if (kept.length === 0) return truncate(line.replace(/<[^>]*>/g, ''), max).replace(/&[#a-z0-9]*…$/, '…');
      kept.push('…');
      return kept.join('\n');
    }
    kept.push(line);
    length += added;
  }
  return kept.join('\n');
}
