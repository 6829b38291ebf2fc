// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PositionValuation } from './position-valuation.js';
import { PositionsView } from './positions-view.js';

const AAPL: PositionValuation = {
  symbol: 'AAPL', quantity: '10', averagePrice: '187.25', costBasis: '1872.5', realizedPnl: '0', lastPrice: '190.5', priceTime: '2026-05-04T15:00:00.000Z',
  marketValue: '1905', unrealizedPnl: '32.5', unrealizedPnlPercent: 1.735647, simulated: true, stale: false,
};
const BTC: PositionValuation = {
  symbol: 'BTC-USD', quantity: '0.0015', averagePrice: '64000', costBasis: '96', realizedPnl: '-4.2', lastPrice: null, priceTime: null,
  marketValue: null, unrealizedPnl: null, unrealizedPnlPercent: null, simulated: false, stale: false, priceError: 'no quote for BTC-USD: every provider failed',
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PositionsView', () => {
  it('shows each position as a row: quantity, prices, value and P&L with its sign', () => {
    render(<PositionsView positions={[AAPL, BTC]} />);
    const rows = within(screen.getByRole('table', { name: 'Positions' })).getAllByRole('row');
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Symbol', 'Quantity', 'Avg price', 'Last', 'Cost basis', 'Market value', 'Unrealised P&L', 'Realised P&L'],
      ['AAPL', '10', '187.25', '190.50', '1,872.50', '1,905.00', '+32.50 (+1.74%)', '0.00'],
      ['BTC-USD', '0.0015', '64,000.00', 'no price', '96.00', '–', '–', '-4.20'],
    ]);
    expect(rows[1].getAttribute('data-position-symbol')).toBe('AAPL');
  });

  it('says there are no positions instead of an empty table', () => {
    render(<PositionsView positions={[]} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/No open positions/)).toBeTruthy();
  });

  it('shows cards on a phone', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, onchange: null, dispatchEvent: () => false }));
    render(<PositionsView positions={[AAPL]} />);
    expect(screen.queryByRole('table')).toBeNull();
    const card = within(screen.getByRole('list', { name: 'Positions' })).getByRole('listitem', { name: 'AAPL position' });
    expect(card.textContent).toContain('Market value1,905.00');
    expect(card.textContent).toContain('Unrealised P&L+32.50 (+1.74%)');
  });
});
