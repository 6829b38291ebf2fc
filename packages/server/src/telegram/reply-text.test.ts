import { describe, expect, it } from 'vitest';
import { telegramHtmlProblem } from './local-bot-api.test-support.js';
import { formatPrice, formatShare, formatUtc, MAX_REPLY_LENGTH, replyLines } from './reply-text.js';

describe('reply text', () => {
  it('writes prices with six significant digits, shares as whole percentages and times in UTC', () => {
    expect([formatPrice(189.2531), formatPrice(64210.5), formatPrice(1.084531), formatPrice(182.1)]).toEqual(['189.253', '64,210.5', '1.08453', '182.1']);
    expect([formatShare(0.724), formatShare(0.725), formatShare(1)]).toEqual(['72%', '73%', '100%']);
    expect(formatUtc('2024-06-03T18:00:59.000Z')).toBe('2024-06-03 18:00 UTC');
  });

  it('keeps a reply within the limit by dropping whole lines from the end, and says so', () => {
    const lines = Array.from({ length: 600 }, (_unused, k) => `<b>line ${k}</b> with some text`);
    const reply = replyLines(lines);
    expect(reply.length).toBeLessThanOrEqual(MAX_REPLY_LENGTH);
    const kept = reply.split('\n');
    expect(kept.at(-1)).toBe('…');
    expect(kept.slice(0, -1)).toEqual(lines.slice(0, kept.length - 1));
    expect(replyLines(['a', 'b'], 3)).toBe('a\nb');
    expect(replyLines(['a', 'b', 'c'], 4)).toBe('a\n…');
    // One line too long on its own: its text, without tags or a cut entity.
    expect(replyLines(['<b>x &amp; y</b>'], 5)).toBe('x …');
  });

  it("are checked by the local Bot API as Telegram parses HTML: escaped text passes, stray markup does not", () => {
    expect(telegramHtmlProblem('<b>BUY</b> &lt;AAPL&gt; &amp; <a href="https://x.example/?a=1&amp;b=2">x</a>')).toBeNull();
    expect(telegramHtmlProblem('RSI < 30')).toBe('an unsupported start tag at 4');
    expect(telegramHtmlProblem('P&L')).toBe('a bare & at 1');
    expect(telegramHtmlProblem('<b>open')).toBe('unclosed <b>');
    expect(telegramHtmlProblem('<script>x</script>')).toBe('an unsupported start tag at 0');
  });
});
