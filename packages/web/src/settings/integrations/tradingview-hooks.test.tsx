// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePreferences } from '../preferences-store.js';
import type { CreatedTradingViewHook, TradingViewHookView } from './tradingview-hook-view.js';
import { TradingViewHooks } from './tradingview-hooks.js';

interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

const TEMPLATE = '{"ticker":"{{ticker}}","action":"{{strategy.order.action}}","price":{{close}},"interval":"{{interval}}","time":"{{timenow}}"}';
const STORED: TradingViewHookView = { id: 'h1', name: 'Breakout strategy', createdAt: '2026-05-01T09:00:00.000Z', lastReceivedAt: '2026-05-04T13:00:00.000Z', messageTemplate: TEMPLATE };

// Stands in for the TradingView hook routes of the API contract, over an in-memory list.
let sent: SentRequest[] = [];
let hooks: TradingViewHookView[] = [];
async function hooksApi(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(String(input), 'http://localhost');
  const method = init?.method ?? 'GET';
  const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { name: string }) : undefined;
  sent.push({ method, path: url.pathname, body });
  const json = (status: number, value: unknown) => new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
  if (url.pathname === '/api/v1/tradingview/hooks' && method === 'GET') return json(200, { items: hooks });
  if (url.pathname === '/api/v1/tradingview/hooks' && method === 'POST' && body !== undefined) {
    const created: CreatedTradingViewHook = {
      id: 'h2', name: body.name, createdAt: '2026-05-04T15:00:00.000Z', lastReceivedAt: null, secret: 'tvh_s3cr3t', url: 'https://gs.example.com/api/v1/inbound/tradingview/tvh_s3cr3t', messageTemplate: TEMPLATE,
    };
    // The list never holds the secret or the URL that carries it.
    hooks = [...hooks, { id: created.id, name: created.name, createdAt: created.createdAt, lastReceivedAt: created.lastReceivedAt, messageTemplate: created.messageTemplate }];
    return json(201, created);
  }
  if (url.pathname.startsWith('/api/v1/tradingview/hooks/') && method === 'DELETE') {
    hooks = hooks.filter((hook) => `/api/v1/tradingview/hooks/${hook.id}` !== url.pathname);
    return new Response(null, { status: 204 });
  }
  return json(404, { code: 'GS_ERR_NOT_FOUND', message: 'no such route' });
}

function renderHooks(): void {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <TradingViewHooks />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  sent = [];
  hooks = [STORED];
  usePreferences.setState({ timeZone: 'UTC' });
  vi.stubGlobal('fetch', vi.fn(hooksApi));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TradingViewHooks', () => {
  it('lists the hooks without secrets, and shows a new one’s URL and message once with copy buttons', async () => {
    const copied: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void copied.push(text) } });
    renderHooks();
    const list = await screen.findByRole('list', { name: 'TradingView hooks' });
    expect(within(list).getByRole('listitem').textContent).toContain('Breakout strategy');
    expect(within(list).getByRole('listitem').textContent).toContain('last alert');
    fireEvent.click(within(list).getByRole('button', { name: 'Show the alert message of Breakout strategy' }));
    expect((within(list).getByLabelText('Alert message of Breakout strategy') as HTMLTextAreaElement).value).toBe(TEMPLATE);
    expect(within(list).queryByDisplayValue(/inbound/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Add hook' }));
    expect(screen.getByText('required')).toBeTruthy();
    expect(sent.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText('Hook name'), { target: { value: '  Mean reversion ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add hook' }));
    const notice = await screen.findByRole('region', { name: 'New TradingView hook' });
    expect(sent.filter((request) => request.method === 'POST')).toEqual([{ method: 'POST', path: '/api/v1/tradingview/hooks', body: { name: 'Mean reversion' } }]);
    expect((within(notice).getByLabelText('Webhook URL') as HTMLInputElement).value).toBe('https://gs.example.com/api/v1/inbound/tradingview/tvh_s3cr3t');
    expect((within(notice).getByLabelText('Alert message') as HTMLTextAreaElement).value).toBe(TEMPLATE);
    fireEvent.click(within(notice).getByRole('button', { name: 'Copy Webhook URL' }));
    fireEvent.click(within(notice).getByRole('button', { name: 'Copy Alert message' }));
    await waitFor(() => expect(copied).toEqual(['https://gs.example.com/api/v1/inbound/tradingview/tvh_s3cr3t', TEMPLATE]));
    await within(list).findByText('Mean reversion');

    fireEvent.click(within(notice).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'New TradingView hook' })).toBeNull());
    expect(screen.queryByDisplayValue(/tvh_s3cr3t/)).toBeNull();
  });

  it('deletes a hook only once confirmed', async () => {
    renderHooks();
    await screen.findByRole('list', { name: 'TradingView hooks' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete Breakout strategy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep Breakout strategy' }));
    expect(sent.some((request) => request.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Breakout strategy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm deleting Breakout strategy' }));
    await screen.findByText('No hooks yet: add one, then paste its URL and message into a TradingView alert.');
    expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual(['/api/v1/tradingview/hooks/h1']);
  });

  it("shows the server's refusal of a new hook", async () => {
    renderHooks();
    await screen.findByRole('list', { name: 'TradingView hooks' });
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'GS_ERR_FORBIDDEN', message: 'viewers cannot add TradingView hooks' }), { status: 403 }));
    fireEvent.change(screen.getByLabelText('Hook name'), { target: { value: 'X' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add hook' }));
    expect((await screen.findByRole('alert')).textContent).toBe('viewers cannot add TradingView hooks');
  });
});
