// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecentScans } from './recent-scans.js';
import { TEST_SUMMARIES } from './scans-test-data.test-support.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RecentScans', () => {
  it('says what to do when there is no scan yet', () => {
    render(<RecentScans scans={[]} shownScanId={null} onShow={() => undefined} emptyText="No scans yet: run one above." />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No scans yet: run one above.')).toBeTruthy();
  });

  it('shows cards on a phone, each named by trigger, timeframe and time, with a button to show it', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, onchange: null, dispatchEvent: () => false }));
    const shown: string[] = [];
    render(<RecentScans scans={TEST_SUMMARIES} shownScanId={TEST_SUMMARIES[0].id} onShow={(scanId) => shown.push(scanId)} emptyText="" />);
    expect(screen.queryByRole('table')).toBeNull();
    const cards = within(screen.getByRole('list', { name: 'Recent scans' })).getAllByRole('listitem');
    const when = new Date(TEST_SUMMARIES[1].createdAt).toLocaleString();
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual(TEST_SUMMARIES.map((scan) => `${scan.trigger === 'schedule' ? 'scheduled' : 'manual'} ${scan.timeframe} scan of ${new Date(scan.createdAt).toLocaleString()}`));
    expect(cards[1].textContent).toBe(`1h · scheduleddoneShowWhen${when}Progress40 of 40 signalled`);
    expect(within(cards[0]).getByRole('button')).toHaveProperty('disabled', true);
    fireEvent.click(within(cards[1]).getByRole('button', { name: `Show the scheduled 1h scan of ${when}` }));
    expect(shown).toEqual([TEST_SUMMARIES[1].id]);
  });
});
