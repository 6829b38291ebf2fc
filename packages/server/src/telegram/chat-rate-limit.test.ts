import { describe, expect, it } from 'vitest';
import { ChatRateLimit } from './chat-rate-limit.js';

describe('ChatRateLimit', () => {
  it('allows perMinute commands per chat a minute, warns once when over, and starts afresh the next minute', () => {
    let now = 1_000_000;
    const limit = new ChatRateLimit(3, () => now);
    expect([1, 2, 3].map(() => limit.take('42').allowed)).toEqual([true, true, true]);
    now += 20_000;
    expect(limit.take('42')).toEqual({ allowed: false, warn: true, retryAfterSeconds: 40 });
    expect(limit.take('42')).toEqual({ allowed: false, warn: false, retryAfterSeconds: 40 });
    // Another chat has its own count.
    expect(limit.take('7').allowed).toBe(true);
    now += 40_000;
    expect(limit.take('42')).toEqual({ allowed: true });
  });

  it('forgets the least recently seen chats beyond maxChats', () => {
    const limit = new ChatRateLimit(1, () => 0, 2);
    limit.take('a');
    limit.take('b');
    limit.take('c');
    // "a" was forgotten, so it starts a new window; "c" is still counted.
    expect(limit.take('a').allowed).toBe(true);
    expect(limit.take('c').allowed).toBe(false);
    expect(() => new ChatRateLimit(0)).toThrow(RangeError);
  });
});
