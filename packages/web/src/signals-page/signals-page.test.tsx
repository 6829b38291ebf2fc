// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveSocket } from '../live/live-socket.js';
import { LiveSocketContext } from '../live/live-socket-context.js';
import type { SignalView } from '../signals/signal-view.js';
import { SignalsPage } from './signals-page.js';
import { testSignal } from './test-signal.test-support.js';

const STORED: readonly SignalView[] = [
  testSignal({ id: 'a1', symbol: 'AAPL', action: 'BUY', confidence: 0.9, riskLevel: 'low' }),
  testSignal({ id: 'm1', symbol: 'MSFT', action: 'SELL', confidence: 0.65, riskLevel: 'high', time: '2026-11-23T16:00:00.000Z' }),
  testSignal({ id: 'm2', symbol: 'MSFT', action: 'BUY', confidence: 0.8, riskLevel: 'medium', time: '2026-11-23T14:00:00.000Z' }),
];

// Stands in for `GET /api/v1/signals` (the server's filtering is tested with the server): symbols and actions.
let asked: URLSearchParams[] = [];
async function signalsApi(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(String(input), 'http://localhost');
  // The page's scans section: no scans (its behaviour is tested in src/scans).
  if (url.pathname === '/api/v1/scans') return new Response(JSON.stringify({ items: [] }), { status: 200, headers: { 'content-type': 'application/json' } });
  asked.push(url.searchParams);
  const symbols = url.searchParams.get('symbols')?.split(',');
  const actions = url.searchParams.get('actions')?.split(',');
  const items = STORED.filter((signal) => (symbols?.includes(signal.symbol) ?? true) && (actions?.includes(signal.action) ?? true));
  return new Response(JSON.stringify({ items, nextCursor: null }), { status: 200, headers: { 'content-type': 'application/json' } });
}

function renderAt(address: string) {
  const router = createMemoryRouter([{ path: '/signals', element: <SignalsPage /> }], { initialEntries: [address] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LiveSocketContext.Provider value={new LiveSocket('ws://localhost/ws')}>
        <RouterProvider router={router} />
      </LiveSocketContext.Provider>
    </QueryClientProvider>,
  );
  return router;
}

function shownIds(): string[] {
  return within(screen.getByRole('table', { name: 'Signals' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-signal-id') ?? '');
}

function input(label: string): HTMLInputElement {
  return within(screen.getByRole('form', { name: 'Filter signals' })).getByLabelText(label);
}

beforeEach(() => {
  asked = [];
  vi.stubGlobal('fetch', vi.fn(signalsApi));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SignalsPage filters in the address', () => {
  it('opens a shared link with its filters in the form, in the request and in the sort', async () => {
    renderAt('/signals?symbols=MSFT&actions=BUY,SELL&minConfidence=60&risk=medium,high&sort=confidence.asc');
    await screen.findByText(/^2 signals loaded/);
    expect(shownIds()).toEqual(['m1', 'm2']);
    expect(Object.fromEntries(asked[0])).toEqual({ symbols: 'MSFT', actions: 'BUY,SELL', riskLevels: 'medium,high', minConfidence: '0.6', limit: '50' });
    expect(input('Symbols').value).toBe('MSFT');
    expect(input('Min confidence %').value).toBe('60');
    expect(screen.getByRole('button', { name: 'SELL signals' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'HOLD signals' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'high risk' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('ignores the wrong parts of an address and shows the rest', async () => {
    const router = renderAt('/signals?symbols=MSFT,BAD$&actions=SHORT&minConfidence=abc&sort=nonsense');
    await screen.findByText(/^2 signals loaded/);
    expect(Object.fromEntries(asked[0])).toEqual({ symbols: 'MSFT', limit: '50' });
    expect(input('Symbols').value).toBe('MSFT');
    expect(input('Min confidence %').value).toBe('');
    expect(router.state.location.search).toBe('?symbols=MSFT,BAD$&actions=SHORT&minConfidence=abc&sort=nonsense');
  });

  it('puts applied filters in the address, and Back and Forward step between them', async () => {
    const router = renderAt('/signals');
    await screen.findByText(/^3 signals loaded/);
    fireEvent.change(input('Symbols'), { target: { value: 'msft' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByText(/^2 signals loaded/);
    expect(router.state.location.search).toBe('?symbols=MSFT');

    fireEvent.click(screen.getByRole('button', { name: 'BUY signals' }));
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByText(/^1 signal loaded/);
    expect(router.state.location.search).toBe('?symbols=MSFT&actions=BUY');

    await act(() => router.navigate(-1));
    await screen.findByText(/^2 signals loaded/);
    expect(input('Symbols').value).toBe('MSFT');
    expect(screen.getByRole('button', { name: 'BUY signals' }).getAttribute('aria-pressed')).toBe('false');

    await act(() => router.navigate(-1));
    await screen.findByText(/^3 signals loaded/);
    expect(input('Symbols').value).toBe('');

    await act(() => router.navigate(1));
    await screen.findByText(/^2 signals loaded/);
    expect(input('Symbols').value).toBe('MSFT');

    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await screen.findByText(/^3 signals loaded/);
    expect(router.state.location.search).toBe('');
  });

  it('keeps a new sort in the address without adding a step to the history', async () => {
    const router = renderAt('/signals?symbols=MSFT');
    await screen.findByText(/^2 signals loaded/);
    expect(shownIds()).toEqual(['m1', 'm2']);
    fireEvent.click(within(screen.getByRole('table', { name: 'Signals' })).getByRole('button', { name: 'Confidence' }));
    await waitFor(() => expect(router.state.location.search).toBe('?symbols=MSFT&sort=confidence.desc'));
    expect(shownIds()).toEqual(['m2', 'm1']);
    expect(router.state.historyAction).toBe('REPLACE');
  });
});
