import { describe, expect, it } from 'vitest';
import { EMPTY_SIGNAL_FILTERS } from './empty-signal-filters.js';
import { signalsQueryString } from './signals-query-string.js';

describe('signalsQueryString', () => {
  it('asks for the first page only when nothing is filtered', () => {
    expect(signalsQueryString(EMPTY_SIGNAL_FILTERS)).toBe('limit=50');
  });

  it('sends every filter in the API form: upper-case symbol list, confidence as fractions, whole local days with `to` included', () => {
    const query = new URLSearchParams(
      signalsQueryString({ symbols: ' aapl,msft  aapl ', actions: ['BUY', 'SELL'], riskLevels: ['high'], minConfidence: '55', maxConfidence: '90', from: '2026-03-01', to: '2026-03-31' }, 'abc==', 25),
    );
    expect(Object.fromEntries(query)).toEqual({
      symbols: 'AAPL,MSFT',
      actions: 'BUY,SELL',
      riskLevels: 'high',
      minConfidence: '0.55',
      maxConfidence: '0.9',
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 3, 1).toISOString(),
      cursor: 'abc==',
      limit: '25',
    });
  });

  it('leaves out a blank confidence bound and a blank date', () => {
    expect(signalsQueryString({ ...EMPTY_SIGNAL_FILTERS, minConfidence: '0', to: '2026-12-31' })).toBe(
      `minConfidence=0&to=${encodeURIComponent(new Date(2027, 0, 1).toISOString())}&limit=50`,
    );
  });
});
