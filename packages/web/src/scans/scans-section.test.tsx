// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanSummary, ScanView } from './scan-view.js';
import { ScansSection } from './scans-section.js';
import { TEST_DONE_SCAN, TEST_RUNNING_SCAN, TEST_SCAN_ID, TEST_SUMMARIES, testScan } from './scans-test-data.test-support.js';

interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

const POLL_MS = 20;

// Stands in for the three scan routes of the API contract: a scan answers its state in `scans` until the test moves it on.
let sent: SentRequest[] = [];
let recent: ScanSummary[] = [];
let scans = new Map<string, ScanView>();
let unreachable = false;
let submitAnswer: (body: unknown) => { status: number; value: unknown } = () => ({ status: 202, value: testScan() });
async function scansApi(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(String(input), 'http://localhost');
  const method = init?.method ?? 'GET';
  const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
  sent.push({ method, path: `${url.pathname}${url.search}`, body });
  const json = (status: number, value: unknown) => new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
  if (url.pathname === '/api/v1/scans' && method === 'GET') return json(200, { items: recent });
  if (url.pathname === '/api/v1/scans' && method === 'POST') {
    const answer = submitAnswer(body);
    return json(answer.status, answer.value);
  }
  const scanId = /^\/api\/v1\/scans\/([^/]+)$/.exec(url.pathname)?.[1];
  const scan = scanId === undefined ? undefined : scans.get(scanId);
  if (scan !== undefined && method === 'GET' && unreachable) return json(503, { code: 'GS_ERR_NOT_READY', message: 'the database is unreachable' });
  if (scan !== undefined && method === 'GET') return json(200, scan);
  return json(404, { code: 'GS_ERR_NOT_FOUND', message: `no scan ${scanId ?? url.pathname}` });
}

function summaryOf({ items: _items, ...summary }: ScanView): ScanSummary {
  return summary;
}

function scanPolls(scanId = TEST_SCAN_ID): number {
  return sent.filter((request) => request.method === 'GET' && request.path === `/api/v1/scans/${scanId}`).length;
}

function renderSection({ canSubmit = true, onOpenSignal = (_signalId: string): void => undefined }: { canSubmit?: boolean; onOpenSignal?: (signalId: string) => void } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ScansSection canSubmit={canSubmit} onOpenSignal={onOpenSignal} pollIntervalMs={POLL_MS} />
    </QueryClientProvider>,
  );
}

function currentScan(): HTMLElement {
  const element = screen.getByRole('region', { name: 'Scans' }).querySelector<HTMLElement>('[data-scan-id]');
  if (element === null) throw new Error('no current scan shown');
  return element;
}

function symbolRows(): string[][] {
  return within(screen.getByRole('list', { name: 'Scanned symbols' }))
    .getAllByRole('listitem')
    .map((item) => [item.getAttribute('data-symbol') ?? '', item.getAttribute('data-item-status') ?? '', item.textContent ?? '']);
}

beforeEach(() => {
  sent = [];
  recent = [];
  scans = new Map();
  unreachable = false;
  submitAnswer = () => ({ status: 202, value: testScan() });
  vi.stubGlobal('fetch', vi.fn(scansApi));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ScansSection', () => {
  it('posts the exact body, then polls the scan every beat, showing its progress symbol by symbol, until it is done', async () => {
    submitAnswer = () => {
      recent = TEST_SUMMARIES.slice(0, 1);
      scans.set(TEST_SCAN_ID, TEST_RUNNING_SCAN);
      return { status: 202, value: testScan() };
    };
    renderSection();
    await screen.findByText('No scans yet: run one above.');
    fireEvent.change(screen.getByLabelText('Symbols'), { target: { value: 'aapl msft, nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run scan' }));

    await waitFor(() => expect(currentScan().getAttribute('data-scan-status')).toBe('running'));
    expect(sent.filter((request) => request.method === 'POST')).toEqual([{ method: 'POST', path: '/api/v1/scans', body: { symbols: ['AAPL', 'MSFT', 'NOPE'], timeframe: '1d' } }]);
    expect(currentScan().getAttribute('data-scan-id')).toBe(TEST_SCAN_ID);
    expect(screen.getByRole('progressbar', { name: 'Scan progress' }).getAttribute('aria-valuenow')).toBe('33');
    expect(screen.getByRole('status').textContent).toBe('1 of 3 signalled');
    expect(symbolRows()).toEqual([
      ['AAPL', 'done', 'AAPLdoneOpen signal'],
      ['MSFT', 'pending', 'MSFTpending'],
      ['NOPE', 'pending', 'NOPEpending'],
    ]);
    // Still running: asked for again every beat.
    const whileRunning = scanPolls();
    await waitFor(() => expect(scanPolls()).toBeGreaterThanOrEqual(whileRunning + 2));

    scans.set(TEST_SCAN_ID, TEST_DONE_SCAN);
    recent = [summaryOf(TEST_DONE_SCAN)];
    await waitFor(() => expect(currentScan().getAttribute('data-scan-status')).toBe('done'));
    const progress = screen.getByRole('progressbar', { name: 'Scan progress' });
    expect(progress.getAttribute('aria-valuenow')).toBe('100');
    expect(progress.getAttribute('aria-valuetext')).toBe('2 of 3 signalled (1 failed)');
    expect(screen.getByRole('status').textContent).toBe('2 of 3 signalled (1 failed)');

    // Done is final: the scan is not asked for again.
    const polls = scanPolls();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 10));
    expect(scanPolls()).toBe(polls);
    // The recent list follows the shown scan to its end.
    const row = within(screen.getByRole('table', { name: 'Recent scans' })).getAllByRole('row')[1];
    expect(row.getAttribute('data-recent-scan-status')).toBe('done');
    expect(row.textContent).toContain('2 of 3 signalled (1 failed)');
  });

  it("shows each failed symbol's error and opens a done symbol's signal", async () => {
    const opened: string[] = [];
    recent = [{ ...TEST_SUMMARIES[0], status: 'done', completed: 2, failed: 1, progress: 1 }];
    scans.set(TEST_SCAN_ID, TEST_DONE_SCAN);
    renderSection({ onOpenSignal: (signalId) => void opened.push(signalId) });
    await screen.findByRole('list', { name: 'Scanned symbols' });
    expect(symbolRows()).toEqual([
      ['AAPL', 'done', 'AAPLdoneOpen signal'],
      ['MSFT', 'done', 'MSFTdoneOpen signal'],
      ['NOPE', 'failed', 'NOPEfailedno bars for NOPE: every provider failed'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Open the MSFT signal' }));
    expect(opened).toEqual(['signal-msft']);
  });

  it('lists the recent scans and shows the one clicked as the current scan', async () => {
    const [running, scheduled, refused] = TEST_SUMMARIES;
    recent = [...TEST_SUMMARIES];
    scans.set(running.id, TEST_RUNNING_SCAN);
    scans.set(refused.id, { ...refused, items: [] });
    renderSection();
    const table = await screen.findByRole('table', { name: 'Recent scans' });
    expect(within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['When', 'Trigger', 'Timeframe', 'Progress', 'Status', ''],
      [new Date(running.createdAt).toLocaleString(), 'manual', '1d', '1 of 3 signalled', 'running', 'Shown'],
      [new Date(scheduled.createdAt).toLocaleString(), 'scheduled', '1h', '40 of 40 signalled', 'done', 'Show'],
      [new Date(refused.createdAt).toLocaleString(), 'manual', '1d', '0 of 2 signalled', 'failed', 'Show'],
    ]);
    await waitFor(() => expect(currentScan().getAttribute('data-scan-id')).toBe(running.id));

    fireEvent.click(within(table).getAllByRole('row')[3]);
    await waitFor(() => expect(currentScan().getAttribute('data-scan-id')).toBe(refused.id));
    expect(currentScan().getAttribute('data-scan-status')).toBe('failed');
    expect(within(currentScan()).getByText('the scan could not be queued (the job queue is unreachable); try again')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Current scan' })).toBeTruthy();
  });

  it('keeps the last answer through a failed poll, says so, and goes on polling', async () => {
    recent = TEST_SUMMARIES.slice(0, 1);
    scans.set(TEST_SCAN_ID, TEST_RUNNING_SCAN);
    renderSection();
    await waitFor(() => expect(currentScan().getAttribute('data-scan-status')).toBe('running'));
    unreachable = true;
    expect((await screen.findByRole('alert')).textContent).toBe('Could not refresh the scan: the database is unreachable');
    expect(currentScan().getAttribute('data-scan-status')).toBe('running');
    scans.set(TEST_SCAN_ID, TEST_DONE_SCAN);
    unreachable = false;
    await waitFor(() => expect(currentScan().getAttribute('data-scan-status')).toBe('done'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("shows the API's refusal of a scan with its message", async () => {
    submitAnswer = () => ({ status: 503, value: { code: 'GS_ERR_NOT_READY', message: 'the scan could not be queued (the job queue is unreachable); try again' } });
    renderSection();
    await screen.findByText('No scans yet: run one above.');
    fireEvent.click(screen.getByRole('button', { name: 'Run scan' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('the scan could not be queued (the job queue is unreachable); try again');
    expect(sent.filter((request) => request.method === 'POST').map((request) => request.body)).toEqual([{ timeframe: '1d' }]);
  });

  it('gives a viewer no form, only the scans to follow', async () => {
    renderSection({ canSubmit: false });
    await screen.findByText('No scans yet.');
    expect(screen.queryByRole('form', { name: 'Run a scan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Run scan' })).toBeNull();
    expect(screen.getByText('Running a scan takes a trader account; you can follow the scans here.')).toBeTruthy();
  });

  it('says so while loading, and shows why the scans could not be loaded', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'GS_ERR_FORBIDDEN', message: 'sign in again' }), { status: 403 }));
    renderSection();
    expect(screen.getByText('Loading scans…')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toBe('sign in again');
  });
});
