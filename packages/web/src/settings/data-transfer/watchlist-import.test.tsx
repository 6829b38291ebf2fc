// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../../auth/session-store.js';
import { WatchlistImport } from './watchlist-import.js';

interface Sent {
  readonly url: string;
  readonly init: RequestInit;
}

let sent: Sent[] = [];

beforeEach(() => {
  sent = [];
  useSessionStore.setState({ accessToken: 'access-1', user: { id: 'u-1', email: 'viewer@example.com', role: 'viewer' } });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      sent.push({ url: String(input), init });
      const body = {
        watchlists: [
          { id: 'w1', name: 'Tech', symbols: ['AAPL', 'MSFT', 'NVDA'], created: false, added: 1 },
          { id: 'w2', name: 'Imported', symbols: ['BTC-USD'], created: true, added: 1 },
        ],
        skipped: [{ line: 4, value: 'N/A !', reason: 'not a ticker' }],
      };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  useSessionStore.setState({ accessToken: null, user: null });
});

describe('WatchlistImport', () => {
  it('uploads the CSV and lists the lists created or extended and the lines skipped with why', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const invalidated = vi.spyOn(client, 'invalidateQueries');
    render(
      <QueryClientProvider client={client}>
        <WatchlistImport />
      </QueryClientProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import watchlists' }));
    expect(screen.getByText('Choose a CSV file first')).toBeTruthy();
    const file = new File(['symbol,watchlist\nAAPL,Tech\nNVDA,Tech\nN/A !,Tech\nBTC-USD,\n'], 'lists.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Watchlist CSV file'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import watchlists' }));
    const lists = await screen.findByRole('list', { name: 'Imported watchlists' });
    expect(within(lists).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Extended (1 added) Tech: AAPL, MSFT, NVDA', 'Created Imported: BTC-USD']);
    expect(within(screen.getByRole('list', { name: 'Skipped lines' })).getByRole('listitem').textContent).toBe('Line 4 skipped (N/A !): not a ticker');
    expect(sent.map((request) => [request.url, request.init.method, request.init.headers])).toEqual([['/api/v1/watchlists/import', 'POST', { 'content-type': 'text/csv', authorization: 'Bearer access-1' }]]);
    expect(sent[0].init.body).toBe(file);
    expect(invalidated).toHaveBeenCalledWith({ queryKey: ['watchlists'] });
  });
});
