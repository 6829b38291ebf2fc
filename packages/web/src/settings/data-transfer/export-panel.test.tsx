// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../../auth/session-store.js';
import { ExportPanel } from './export-panel.js';

interface Sent {
  readonly url: string;
  readonly headers: unknown;
}

const BACKTEST_ID = '3f1c9a2e-7b4d-4e8a-9c1f-2a6b8d0e4f13';
const CSV = 'id,time,symbol\ns1,2026-05-04T14:00:00.000Z,AAPL\n';

let sent: Sent[] = [];
let saved: { href: string; download: string }[] = [];
let blobs: Blob[] = [];
const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;

function exportsApi(input: RequestInfo | URL, init: RequestInit = {}): Response {
  const url = String(input);
  sent.push({ url, headers: init.headers });
  if (url.startsWith('/api/v1/backtests?')) {
    return Response.json({
      items: [
        { id: BACKTEST_ID, status: 'done', progress: 1, error: null, request: { strategy: 'consensus', symbols: ['AAPL'], from: '2026-01-01', to: '2026-03-01' }, createdAt: '2026-05-01T09:00:00.000Z', startedAt: null, finishedAt: null },
        { id: 'b-running', status: 'running', progress: 0.4, error: null, request: { strategy: 'consensus', symbols: ['MSFT'] }, createdAt: '2026-05-02T09:00:00.000Z', startedAt: null, finishedAt: null },
      ],
    });
  }
  if (url.startsWith('/api/v1/exports/backtests/')) return Response.json({ code: 'GS_ERR_NOT_FOUND', message: `no backtest ${BACKTEST_ID}` }, { status: 404 });
  return new Response(CSV, { status: 200, headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="signals-2026-05-04.csv"' } });
}

function renderPanel(): void {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ExportPanel trader />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  sent = [];
  saved = [];
  blobs = [];
  useSessionStore.setState({ accessToken: 'access-1', user: { id: 'u-1', email: 'trader@example.com', role: 'trader' } });
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => exportsApi(input, init)));
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return `blob:http://localhost/export-${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
  useSessionStore.setState({ accessToken: null, user: null });
});

describe('ExportPanel', () => {
  it('fetches the filtered signals with the bearer token and saves them under the server’s file name', async () => {
    renderPanel();
    fireEvent.change(screen.getByLabelText('Symbols'), { target: { value: 'aapl' } });
    fireEvent.change(screen.getByLabelText('Timeframe'), { target: { value: '1d' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-05-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect((await screen.findByRole('status')).textContent).toBe('Downloaded signals-2026-05-04.csv');
    const query = new URLSearchParams({ format: 'csv', symbol: 'AAPL', timeframe: '1d', from: new Date(2026, 4, 1).toISOString() });
    expect(sent).toEqual([{ url: `/api/v1/exports/signals?${query.toString()}`, headers: { authorization: 'Bearer access-1' } }]);
    expect(saved).toEqual([{ href: 'blob:http://localhost/export-1', download: 'signals-2026-05-04.csv' }]);
    expect(await blobs[0].text()).toBe(CSV);
  });

  it('offers finished backtests to export, and shows the server refusal as it says it', async () => {
    renderPanel();
    fireEvent.change(screen.getByLabelText('Export'), { target: { value: 'backtest' } });
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('required: pick a backtest')).toBeTruthy();
    const picker = (await screen.findByRole('option', { name: 'consensus AAPL 2026-01-01 → 2026-03-01' })).closest('select');
    expect([...(picker?.options ?? [])].map((option) => option.value)).toEqual(['', BACKTEST_ID]);
    fireEvent.change(screen.getByLabelText('Backtest'), { target: { value: BACKTEST_ID } });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect((await screen.findByRole('alert')).textContent).toBe(`no backtest ${BACKTEST_ID}`);
    expect(sent.map((request) => request.url)).toEqual(['/api/v1/backtests?limit=50', `/api/v1/exports/backtests/${BACKTEST_ID}?format=json`]);
    expect(saved).toEqual([]);
  });
});
