// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { comparisonRowsOf } from './comparison-rows-of.js';
import { StatsComparison } from './stats-comparison.js';

const LEFT = { 'Return [%]': 12.5, 'Max. Drawdown [%]': -8.25, 'Max. Drawdown Duration': '41 days', 'Win Rate [%]': null };
const RIGHT = { 'Return [%]': 4, 'Max. Drawdown [%]': -3, 'Max. Drawdown Duration': '12 days', 'Win Rate [%]': 60, SQN: 1.5 };

afterEach(cleanup);

describe('comparing two runs', () => {
  it('lines up every statistic either run has with the difference where both are numbers', () => {
    expect(comparisonRowsOf(LEFT, RIGHT)).toEqual([
      { name: 'Return [%]', left: 12.5, right: 4, difference: -8.5 },
      { name: 'Max. Drawdown [%]', left: -8.25, right: -3, difference: 5.25 },
      { name: 'Max. Drawdown Duration', left: '41 days', right: '12 days', difference: null },
      { name: 'Win Rate [%]', left: null, right: 60, difference: null },
      { name: 'SQN', left: null, right: 1.5, difference: null },
    ]);
  });

  it('shows the runs side by side in a table', () => {
    render(<StatsComparison left={{ label: 'A: sma-cross AAPL', stats: LEFT }} right={{ label: 'B: consensus AAPL', stats: RIGHT }} />);
    const table = screen.getByRole('table', { name: 'Compared statistics' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Statistic', 'A: sma-cross AAPL', 'B: consensus AAPL', 'Difference']);
    const cells = (name: string) => within(within(table).getByRole('row', { name: new RegExp(`^${name.replace(/[[\].%]/g, '\\$&')}`) })).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells('Return [%]')).toEqual(['12.5', '4', '-8.5']);
    expect(cells('Max. Drawdown [%]')).toEqual(['-8.25', '-3', '+5.25']);
    expect(cells('Max. Drawdown Duration')).toEqual(['41 days', '12 days', '—']);
    expect(cells('SQN')).toEqual(['—', '1.5', '—']);
  });
});
