import { describe, expect, it } from 'vitest';
import { excerptOf } from './excerpt-of.js';

describe('excerptOf', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerptOf('venue,fee\nNYSE,0.0035\n', 100)).toBe('venue,fee NYSE,0.0035');
  });

  it('cuts a long text at the last word that fits', () => {
    expect(excerptOf('Never risk more than 1% of the account on a single trade.', 30)).toBe('Never risk more than 1% of…');
    expect(excerptOf('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
