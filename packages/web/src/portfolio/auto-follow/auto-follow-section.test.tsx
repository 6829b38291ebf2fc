// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveSocket, type ChannelMessage } from '../../live/live-socket.js';
import { LiveSocketContext } from '../../live/live-socket-context.js';
import type { AutoFollowDecision } from './auto-follow-decision.js';
import { AutoFollowSection } from './auto-follow-section.js';
import type { AutoFollowSettings } from './auto-follow-settings.js';
import { DEFAULT_AUTO_FOLLOW, TEST_DECISIONS, TEST_PORTFOLIO_ID } from './auto-follow-test-data.test-support.js';

/** The app's socket without a connection: messages are handed to the listeners by the test. */
class QuietSocket extends LiveSocket {
  readonly listeners = new Map<string, (message: ChannelMessage) => void>();

  override listen(channel: string, listener: (message: ChannelMessage) => void): () => void {
    this.listeners.set(channel, listener);
    return () => this.listeners.delete(channel);
  }
}

interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

// Stands in for the three auto-follow routes of the API contract.
let sent: SentRequest[] = [];
let stored: AutoFollowSettings = DEFAULT_AUTO_FOLLOW;
let decisions: readonly AutoFollowDecision[] = [];
async function autoFollowApi(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(String(input), 'http://localhost');
  const method = init?.method ?? 'GET';
  const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
  sent.push({ method, path: `${url.pathname}${url.search}`, body });
  const json = (status: number, value: unknown) => new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
  const base = `/api/v1/portfolios/${TEST_PORTFOLIO_ID}/auto-follow`;
  if (url.pathname === base && method === 'GET') return json(200, stored);
  if (url.pathname === base && method === 'PUT') {
    stored = { ...(body as AutoFollowSettings), portfolioId: TEST_PORTFOLIO_ID, updatedAt: '2026-05-04T16:00:00.000Z' };
    return json(200, stored);
  }
  if (url.pathname === `${base}/decisions` && method === 'GET') return json(200, { decisions });
  return json(404, { code: 'GS_ERR_NOT_FOUND', message: `no route ${method} ${url.pathname}` });
}

function renderSection(socket = new QuietSocket('ws://localhost/ws')) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LiveSocketContext.Provider value={socket}>
        <AutoFollowSection portfolioId={TEST_PORTFOLIO_ID} canEdit />
      </LiveSocketContext.Provider>
    </QueryClientProvider>,
  );
  return socket;
}

beforeEach(() => {
  sent = [];
  stored = DEFAULT_AUTO_FOLLOW;
  decisions = [];
  vi.stubGlobal('fetch', vi.fn(autoFollowApi));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AutoFollowSection', () => {
  it('loads the settings and the decisions, and PUTs every setting as the contract says', async () => {
    decisions = TEST_DECISIONS;
    renderSection();
    await screen.findByRole('form', { name: 'Auto-follow settings' });
    const table = await screen.findByRole('table', { name: 'Recent decisions' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.getAttribute('data-decision-id'))).toEqual(['d3', 'd2', 'd1']);
    expect(sent.map((request) => `${request.method} ${request.path}`).sort()).toEqual([
      `GET /api/v1/portfolios/${TEST_PORTFOLIO_ID}/auto-follow`,
      `GET /api/v1/portfolios/${TEST_PORTFOLIO_ID}/auto-follow/decisions?limit=50`,
    ]);

    fireEvent.click(screen.getByRole('switch', { name: 'Follow signals automatically' }));
    fireEvent.change(screen.getByLabelText('Symbols'), { target: { value: 'nvda, btc-usd' } });
    fireEvent.change(screen.getByLabelText('Minimum confidence %'), { target: { value: '65' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect((await screen.findByRole('status')).textContent).toBe('Saved');
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([
      {
        method: 'PUT',
        path: `/api/v1/portfolios/${TEST_PORTFOLIO_ID}/auto-follow`,
        body: { enabled: true, symbols: ['NVDA', 'BTC-USD'], minConfidence: 0.65, riskLevels: ['low', 'medium'], maxPositionPercent: 10, maxOpenPositions: 5, maxDailyLossPercent: 3, useStopLoss: true },
      },
    ]);
    expect(screen.getByText(`Last saved ${new Date('2026-05-04T16:00:00.000Z').toLocaleString()}`)).toBeTruthy();
  });

  it('says there is no decision yet, and shows new ones when the portfolio announces a change', async () => {
    const socket = renderSection();
    await screen.findByText('No decisions yet: auto-follow acts on the next signal for your symbols.');
    decisions = TEST_DECISIONS.slice(0, 1);
    const announce = socket.listeners.get(`portfolio:${TEST_PORTFOLIO_ID}`);
    expect(announce).toBeDefined();
    act(() => announce?.({ type: 'portfolio', channel: `portfolio:${TEST_PORTFOLIO_ID}`, data: {} }));
    const table = await screen.findByRole('table', { name: 'Recent decisions' });
    expect(within(table).getByText('bought 12 at 187.20')).toBeTruthy();
  });

  it("shows the API's refusal of the settings where the form would be", async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'GS_ERR_NOT_FOUND', message: 'portfolio not found' }), { status: 404 }));
    renderSection();
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toContain('portfolio not found');
    expect(screen.queryByRole('form', { name: 'Auto-follow settings' })).toBeNull();
  });
});
