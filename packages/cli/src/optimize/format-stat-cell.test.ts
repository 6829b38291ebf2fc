import { describe, expect, it } from 'vitest';
import { formatStatCell } from './format-stat-cell.js';

describe('formatStatCell', () => {
  it('shows money and percentages to 2 decimals, ratios to 4, integers and text as they are', () => {
    expect(formatStatCell('Return [%]', 1330.8886)).toBe('1330.89');
    expect(formatStatCell('Equity Final [$]', 143088.855)).toBe('143088.86');
    expect(formatStatCell('Sharpe Ratio', 0.78916735)).toBe('0.7892');
    expect(formatStatCell('# Trades', 152)).toBe('152');
    expect(formatStatCell('Duration', '3116 days 00:00:00')).toBe('3116 days 00:00:00');
  });

  it('shows NaN, infinities and missing values plainly', () => {
    expect(formatStatCell('SQN', NaN)).toBe('NaN');
    expect(formatStatCell('Profit Factor', Infinity)).toBe('Infinity');
    expect(formatStatCell('SQN', null)).toBe('-');
  });
});
