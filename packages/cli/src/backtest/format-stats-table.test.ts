import { describe, expect, it } from 'vitest';
import { formatStatsTable } from './format-stats-table.js';

describe('formatStatsTable', () => {
  it('prints like pandas: names left, values right-aligned, floats to 5 decimals without trailing zeros', () => {
    const table = formatStatsTable([
      ['Start', '2004-08-19T00:00:00.000Z'],
      ['Duration', '3116 days 00:00:00'],
      ['Exposure Time [%]', 96.741154],
      ['Return [%]', 414.2299],
      ['Equity Final [$]', 51422.99],
      ['# Trades', 66],
      ['Max. Drawdown [%]', -47.98013],
      ['Avg. Drawdown [%]', -0],
      ['Kelly Criterion', NaN],
    ]);
    expect(table.split('\n')).toEqual([
      'Start                2004-08-19 00:00:00',
      'Duration              3116 days 00:00:00',
      'Exposure Time [%]               96.74115',
      'Return [%]                      414.2299',
      'Equity Final [$]                51422.99',
      '# Trades                              66',
      'Max. Drawdown [%]              -47.98013',
      'Avg. Drawdown [%]                   -0.0',
      'Kelly Criterion                      NaN',
    ]);
  });

  it('shows fractions of a second as pandas does and cuts values wider than 20 characters', () => {
    const table = formatStatsTable([
      ['Start', '2024-01-02T09:30:00.250Z'],
      ['Return [%]', 1],
    ]);
    expect(table.split('\n')).toEqual(['Start         2024-01-02 09:30...', 'Return [%]                    1.0']);
  });
});
