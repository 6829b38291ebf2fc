import { describe, expect, it } from 'vitest';
import { DEFAULT_SIGNAL_SORT } from './default-signal-sort.js';
import { EMPTY_SIGNAL_FILTERS } from './empty-signal-filters.js';
import { searchParamsFromFilters } from './search-params-from-filters.js';

describe('searchParamsFromFilters', () => {
  it('writes nothing for no filters and the default sort', () => {
    expect(searchParamsFromFilters({ filters: EMPTY_SIGNAL_FILTERS, sort: DEFAULT_SIGNAL_SORT }).toString()).toBe('');
  });

  it('writes typed filters in one canonical form: symbols upper-cased once, lists in a fixed order', () => {
    const params = searchParamsFromFilters({
      filters: { symbols: ' msft aapl, msft ', actions: ['HOLD', 'BUY'], riskLevels: ['high', 'low'], minConfidence: ' 55 ', maxConfidence: '', from: '2026-01-05', to: '' },
      sort: { key: 'symbol', direction: 'asc' },
    });
    expect([...params]).toEqual([
      ['symbols', 'MSFT,AAPL'],
      ['actions', 'BUY,HOLD'],
      ['risk', 'low,high'],
      ['minConfidence', '55'],
      ['from', '2026-01-05'],
      ['sort', 'symbol.asc'],
    ]);
  });
});
