import { describe, expect, it } from 'vitest';
import { EMPTY_SIGNAL_FILTERS } from './empty-signal-filters.js';
import { signalFilterProblems } from './signal-filter-problems.js';

describe('signalFilterProblems', () => {
  it('accepts no filters and a full valid set', () => {
    expect(signalFilterProblems(EMPTY_SIGNAL_FILTERS)).toEqual({});
    expect(signalFilterProblems({ symbols: 'AAPL, BTC-USD EURUSD=X', actions: ['HOLD'], riskLevels: [], minConfidence: '0', maxConfidence: '100', from: '2026-01-01', to: '2026-01-01' })).toEqual({});
  });

  it('names the symbol that breaks the rule, percentages outside 0–100 and inverted ranges', () => {
    expect(signalFilterProblems({ ...EMPTY_SIGNAL_FILTERS, symbols: 'AAPL, MS FT$' })).toEqual({ symbols: 'FT$ is not a symbol (letters, digits and . - = ^ /, up to 20)' });
    expect(signalFilterProblems({ ...EMPTY_SIGNAL_FILTERS, minConfidence: '120', maxConfidence: 'x' })).toEqual({ minConfidence: 'A percentage from 0 to 100', maxConfidence: 'A percentage from 0 to 100' });
    expect(signalFilterProblems({ ...EMPTY_SIGNAL_FILTERS, minConfidence: '70', maxConfidence: '40' })).toEqual({ maxConfidence: 'Not below the minimum' });
    expect(signalFilterProblems({ ...EMPTY_SIGNAL_FILTERS, from: '2026-02-02', to: '2026-02-01' })).toEqual({ to: 'Not before the start' });
  });
});
