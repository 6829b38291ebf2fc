import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString } from './hostile-string.js';

describe('hostileString', () => {
  const strings = fc.sample(hostileString(), { numRuns: 1_000, seed: 9 });

  it('draws injections, traversals and unicode edge cases', () => {
    expect(strings).toEqual(expect.arrayContaining(["' OR 1=1 --", "'; DROP TABLE users; --", '<script>alert(1)</script>', '../../etc/passwd', '__proto__']));
    expect(strings.some((text) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text))).toBe(true);
    expect(strings.some((text) => text.includes('\u202E') || text.includes('\u200D'))).toBe(true);
  });

  it('draws strings of up to 100 KB, some over 10 KB', () => {
    expect(strings.some((text) => text.length > 10_000)).toBe(true);
    expect(Math.max(...strings.map((text) => text.length))).toBeLessThanOrEqual(100_000);
  });
});
