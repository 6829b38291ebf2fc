import { describe, expect, it } from 'vitest';
import { readableSearch } from './readable-search.js';

describe('readableSearch', () => {
  it('keeps commas readable and escapes the rest', () => {
    expect(readableSearch(new URLSearchParams([['symbols', 'AAPL,EURUSD=X,^GSPC'], ['risk', 'low,high']]))).toBe('?symbols=AAPL,EURUSD%3DX,%5EGSPC&risk=low,high');
  });

  it('is empty for no parameters', () => {
    expect(readableSearch(new URLSearchParams())).toBe('');
  });
});
