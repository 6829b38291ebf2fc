import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentEncode } from './percent-encode.js';

describe('percentEncode', () => {
  it('round-trips any well-formed text through decodeURIComponent, using only unreserved characters and escapes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(decodeURIComponent(percentEncode(text))).toBe(text);
        expect(percentEncode(text)).toMatch(/^[A-Za-z0-9\-._~%]*$/);
      }),
      { numRuns: 100 },
    );
  });

  it('sends a lone surrogate as the bytes of U+FFFD instead of throwing', () => {
    expect(percentEncode('a\uD800b')).toBe('a%EF%BF%BDb');
    expect(percentEncode("' OR 1=1 --")).toBe('%27%20OR%201%3D1%20--');
  });
});
