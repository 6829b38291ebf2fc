// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SignalView } from './signal-view.js';
import { SignalsTable } from './signals-table.js';

const SIGNAL: SignalView = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e', symbol: 'NVDA', timeframe: '1h', time: '2026-11-23T15:00:00.000Z', action: 'BUY', confidence: 0.734,
  consensusStrength: 0.8, price: 1234.5678, entry: 1234.5678, stopLoss: 1200.25, takeProfit: 1302.9, riskLevel: 'medium', positionSize: 0.1,
  expiresAt: '2026-11-24T15:00:00.000Z', summary: 'BUY NVDA', simulated: true, createdAt: '2026-11-23T16:00:01.000Z', outcome: null,
};

afterEach(cleanup);

describe('SignalsTable', () => {
  it('shows each signal as a row with its action, confidence and levels', () => {
    render(<SignalsTable signals={[SIGNAL]} label="Latest signals" />);
    const table = screen.getByRole('table', { name: 'Latest signals' });
    const row = within(table).getAllByRole('row')[1];
    expect(row.textContent).toContain('NVDA');
    expect(within(row).getByText('BUY')).toBeTruthy();
    expect(row.textContent).toContain('73%');
    expect(row.textContent).toContain('1,200.25');
    expect(row.textContent).toContain('1,302.9');
    expect(row.getAttribute('data-signal-id')).toBe(SIGNAL.id);
  });

  it('says there is nothing yet instead of an empty table', () => {
    render(<SignalsTable signals={[]} label="Latest signals" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/No signals yet/)).toBeTruthy();
  });
});
