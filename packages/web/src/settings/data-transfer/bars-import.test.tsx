// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../../auth/session-store.js';
import { usePreferences } from '../preferences-store.js';
import { BarsImport } from './bars-import.js';

interface Sent {
  readonly url: string;
  readonly init: RequestInit;
}

const CSV = 'time,open,high,low,close,volume\n2026-05-01,180,182,179,181.5,1000\n2026-05-04,181.5,185,181,184.2,1200\n';
let sent: Sent[] = [];

function answer(status: number, body: unknown): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      sent.push({ url: String(input), init });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
}

function renderImport(): void {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <BarsImport />
    </QueryClientProvider>,
  );
}

function pick(file: File): void {
  fireEvent.change(screen.getByLabelText('Bars CSV file'), { target: { files: [file] } });
}

beforeEach(() => {
  sent = [];
  useSessionStore.setState({ accessToken: 'access-1', user: { id: 'u-1', email: 'trader@example.com', role: 'trader' } });
  usePreferences.setState({ timeZone: 'UTC' });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  useSessionStore.setState({ accessToken: null, user: null });
});

describe('BarsImport', () => {
  it('uploads the file as text/csv for the symbol and timeframe picked, and says what was stored', async () => {
    answer(200, { symbol: 'AAPL', timeframe: '1h', rows: 2, inserted: 1, replaced: 1, first: '2026-05-01T00:00:00.000Z', last: '2026-05-04T00:00:00.000Z', warnings: ['bars 1 and 2 are 3 days apart, not 1h'] });
    renderImport();
    const file = new File([CSV], 'aapl.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Symbol'), { target: { value: 'aapl' } });
    fireEvent.change(screen.getByLabelText('Timeframe'), { target: { value: '1h' } });
    pick(file);
    expect(screen.getByText('aapl.csv')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import bars' }));
    const status = await screen.findByRole('status');
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/api/v1/market-data/bars/import?symbol=AAPL&timeframe=1h');
    expect(sent[0].init.method).toBe('POST');
    expect(sent[0].init.headers).toEqual({ 'content-type': 'text/csv', authorization: 'Bearer access-1' });
    expect(sent[0].init.body).toBe(file);
    expect(status.textContent).toContain('Imported 2 rows of AAPL 1h: 1 new, 1 replaced');
    expect(status.textContent).toContain('bars 1 and 2 are 3 days apart, not 1h');
    expect(status.textContent).toContain(new Date('2026-05-01T00:00:00.000Z').toLocaleString(undefined, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }));
  });

  it("shows the server's refusal naming the line, as it says it", async () => {
    answer(400, { code: 'GS_ERR_VALIDATION', message: 'line 3, column high: high 178 is below low 181', problems: [{ field: 'body', message: 'line 3, column high: high 178 is below low 181' }] });
    renderImport();
    fireEvent.change(screen.getByLabelText('Symbol'), { target: { value: 'AAPL' } });
    pick(new File([CSV], 'bad.csv', { type: 'text/csv' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import bars' }));
    expect((await screen.findByRole('alert')).textContent).toBe('line 3, column high: high 178 is below low 181');
  });

  it('asks for a symbol and a file before uploading anything', () => {
    answer(200, {});
    renderImport();
    fireEvent.click(screen.getByRole('button', { name: 'Import bars' }));
    expect(screen.getByText('required')).toBeTruthy();
    expect(screen.getByText('Choose a CSV file first')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Symbol'), { target: { value: 'BRK B' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import bars' }));
    expect(screen.getByText('a ticker like AAPL, BTC-USD or EURUSD=X')).toBeTruthy();
    expect(sent).toEqual([]);
  });
});
