// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutoFollowDecisionsView } from './auto-follow-decisions-view.js';
import { TEST_DECISIONS } from './auto-follow-test-data.test-support.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AutoFollowDecisionsView', () => {
  it('shows each decision as a row: time, symbol, action, outcome and reason', () => {
    render(<AutoFollowDecisionsView decisions={TEST_DECISIONS} />);
    const rows = within(screen.getByRole('table', { name: 'Recent decisions' })).getAllByRole('row');
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Time', 'Symbol', 'Action', 'Outcome', 'Reason'],
      [new Date('2026-05-04T15:00:00.000Z').toLocaleString(), 'AAPL', 'BUY', 'ordered', 'bought 12 at 187.20'],
      [new Date('2026-05-04T14:00:00.000Z').toLocaleString(), 'MSFT', 'BUY', 'skipped', 'confidence 0.52 below 0.60'],
      [new Date('2026-05-04T13:00:00.000Z').toLocaleString(), 'TSLA', 'SELL', 'failed', 'no quote for TSLA: every provider failed'],
    ]);
    expect(rows.slice(1).map((row) => row.getAttribute('data-outcome'))).toEqual(['ordered', 'skipped', 'failed']);
  });

  it('says what happens next when there is no decision yet', () => {
    render(<AutoFollowDecisionsView decisions={[]} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No decisions yet: auto-follow acts on the next signal for your symbols.')).toBeTruthy();
  });

  it('shows cards on a phone', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, onchange: null, dispatchEvent: () => false }));
    render(<AutoFollowDecisionsView decisions={TEST_DECISIONS} />);
    expect(screen.queryByRole('table')).toBeNull();
    const cards = within(screen.getByRole('list', { name: 'Recent decisions' })).getAllByRole('listitem');
    expect(cards).toHaveLength(3);
    expect(cards[1].getAttribute('aria-label')).toBe(`BUY MSFT skipped at ${new Date('2026-05-04T14:00:00.000Z').toLocaleString()}`);
    expect(cards[1].textContent).toContain('Reasonconfidence 0.52 below 0.60');
  });
});
