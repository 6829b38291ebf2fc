import { describe, expect, it } from 'vitest';
import { DEFAULT_SIGNAL_SORT } from './default-signal-sort.js';
import { EMPTY_SIGNAL_FILTERS } from './empty-signal-filters.js';
import { filtersFromSearchParams } from './filters-from-search-params.js';
import { searchParamsFromFilters } from './search-params-from-filters.js';
import type { SignalsPageState } from './signals-page-state.js';

function read(search: string): SignalsPageState {
  return filtersFromSearchParams(new URLSearchParams(search));
}

describe('filtersFromSearchParams', () => {
  it('reads no filters and the newest-first sort from an empty address', () => {
    expect(read('')).toEqual({ filters: EMPTY_SIGNAL_FILTERS, sort: DEFAULT_SIGNAL_SORT });
  });

  it('reads every filter and the sort of a shared link', () => {
    expect(read('?symbols=AAPL,MSFT&actions=BUY&minConfidence=60&maxConfidence=95.5&risk=low,medium&from=2026-11-01&to=2026-11-30&sort=confidence.desc')).toEqual({
      filters: { symbols: 'AAPL, MSFT', actions: ['BUY'], riskLevels: ['low', 'medium'], minConfidence: '60', maxConfidence: '95.5', from: '2026-11-01', to: '2026-11-30' },
      sort: { key: 'confidence', direction: 'desc' },
    });
  });

  it('accepts lower case, repeated parameters, blanks and escaped commas, and lists in a fixed order', () => {
    expect(read('symbols=aapl%2C+btc-usd&symbols=aapl&actions=hold&actions=buy&risk=HIGH,,low&minConfidence=060').filters).toEqual({
      ...EMPTY_SIGNAL_FILTERS,
      symbols: 'AAPL, BTC-USD',
      actions: ['BUY', 'HOLD'],
      riskLevels: ['low', 'high'],
      minConfidence: '60',
    });
  });

  it('drops each wrong value on its own and keeps the rest', () => {
    expect(read('symbols=AAPL,MS$FT,TSLA&actions=BUY,SHORT&risk=extreme,low&minConfidence=abc&maxConfidence=140&from=2026-02-31&to=2026-03-10&sort=price.sideways')).toEqual({
      filters: { symbols: 'AAPL, TSLA', actions: ['BUY'], riskLevels: ['low'], minConfidence: '', maxConfidence: '', from: '', to: '2026-03-10' },
      sort: DEFAULT_SIGNAL_SORT,
    });
    expect(read('minConfidence=-5&maxConfidence=1e2&from=yesterday&sort=bogus.desc').filters).toEqual(EMPTY_SIGNAL_FILTERS);
    expect(read('sort=time.desc.extra').sort).toEqual(DEFAULT_SIGNAL_SORT);
  });

  it('leaves out a maximum below the minimum and an end before the start, as the form would refuse them', () => {
    expect(read('minConfidence=80&maxConfidence=30&from=2026-05-03&to=2026-05-01').filters).toEqual({ ...EMPTY_SIGNAL_FILTERS, minConfidence: '80', from: '2026-05-03' });
  });

  it('keeps at most 100 symbols, the first ones', () => {
    const symbols = Array.from({ length: 120 }, (_unused, index) => `S${index}`);
    const kept = read(`symbols=${symbols.join(',')}`).filters.symbols.split(', ');
    expect(kept).toHaveLength(100);
    expect(kept[0]).toBe('S0');
    expect(kept[99]).toBe('S99');
  });
});

describe('round trips', () => {
  const states: readonly SignalsPageState[] = [
    { filters: EMPTY_SIGNAL_FILTERS, sort: DEFAULT_SIGNAL_SORT },
    { filters: { symbols: 'AAPL, MSFT', actions: ['BUY'], riskLevels: ['low', 'medium'], minConfidence: '60', maxConfidence: '', from: '2026-11-01', to: '2026-11-30' }, sort: { key: 'confidence', direction: 'desc' } },
    { filters: { symbols: 'BTC-USD, EURUSD=X, ^GSPC, BTC/USDT', actions: ['BUY', 'SELL', 'HOLD'], riskLevels: ['high'], minConfidence: '0', maxConfidence: '100', from: '', to: '2026-12-31' }, sort: { key: 'outcome', direction: 'asc' } },
    { filters: { ...EMPTY_SIGNAL_FILTERS, minConfidence: '62.5', maxConfidence: '62.5', from: '2026-02-28', to: '2026-02-28' }, sort: { key: 'time', direction: 'asc' } },
  ];

  it('reads back every canonical view it writes', () => {
    for (const state of states) expect(filtersFromSearchParams(searchParamsFromFilters(state))).toEqual(state);
  });

  it('writes back the address it read, once the address is canonical', () => {
    for (const search of ['', 'symbols=AAPL,MSFT&actions=BUY&risk=low,medium&minConfidence=60&from=2026-11-01&to=2026-11-30&sort=confidence.desc', 'actions=SELL,HOLD&maxConfidence=40&sort=riskLevel.asc']) {
      expect(decodeURIComponent(searchParamsFromFilters(read(search)).toString())).toBe(search);
    }
  });
});
