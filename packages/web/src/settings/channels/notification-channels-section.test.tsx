// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelView } from './channel-view.js';
import type { DeliveryView } from './delivery-view.js';
import { NotificationChannelsSection } from './notification-channels-section.js';

const WEBHOOK: ChannelView = {
  id: 'c-webhook', kind: 'webhook', name: 'Desk bot', enabled: true, config: { url: 'https://hooks.example.com/gs' },
  createdAt: '2026-05-01T09:00:00.000Z', updatedAt: '2026-05-01T09:00:00.000Z', lastDelivery: { status: 'delivered', at: '2026-05-04T14:00:00.000Z', error: null },
};
const TELEGRAM: ChannelView = {
  id: 'c-telegram', kind: 'telegram', name: 'Phone', enabled: false, config: { botToken: '…tU1v', chatId: '-1001234567890' },
  createdAt: '2026-05-02T09:00:00.000Z', updatedAt: '2026-05-02T09:00:00.000Z', lastDelivery: { status: 'failed', at: '2026-05-04T14:05:00.000Z', error: 'Telegram answered 403: bot was blocked by the user' },
};

function delivery(channel: ChannelView, overrides: Partial<DeliveryView>): DeliveryView {
  return {
    id: `d-${channel.id}`, channelId: channel.id, kind: channel.kind, subject: 'Test message', status: 'delivered', attempts: 1, error: null, latencyMs: 182,
    createdAt: '2026-05-04T15:00:00.000Z', deliveredAt: '2026-05-04T15:00:00.182Z', ...overrides,
  };
}

interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

// Stands in for the channel routes of the API contract, over an in-memory list.
let sent: SentRequest[] = [];
let channels: ChannelView[] = [];
let testAnswers: Record<string, DeliveryView> = {};
let deliveries: Record<string, DeliveryView[]> = {};
async function channelsApi(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(String(input), 'http://localhost');
  const method = init?.method ?? 'GET';
  const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined;
  sent.push({ method, path: `${url.pathname}${url.search}`, body });
  const json = (status: number, value: unknown) => new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
  const [, , , resource, id, action] = url.pathname.split('/');
  if (resource !== 'channels') return json(404, { code: 'GS_ERR_NOT_FOUND', message: 'no such route' });
  if (id === undefined && method === 'GET') return json(200, { channels });
  const channel = channels.find((candidate) => candidate.id === id);
  if (channel === undefined) return json(404, { code: 'GS_ERR_NOT_FOUND', message: 'channel not found' });
  if (action === undefined && method === 'PATCH') {
    const changed = { ...channel, ...body, updatedAt: '2026-05-04T15:30:00.000Z' };
    channels = channels.map((candidate) => (candidate.id === id ? changed : candidate));
    return json(200, changed);
  }
  if (action === undefined && method === 'DELETE') {
    channels = channels.filter((candidate) => candidate.id !== id);
    return new Response(null, { status: 204 });
  }
  if (action === 'test' && method === 'POST') {
    const answer = testAnswers[channel.id];
    channels = channels.map((candidate) => (candidate.id === id ? { ...candidate, lastDelivery: { status: answer.status === 'delivered' ? 'delivered' : 'failed', at: answer.createdAt, error: answer.error } } : candidate));
    return json(200, { delivery: answer });
  }
  if (action === 'deliveries' && method === 'GET') return json(200, { deliveries: deliveries[channel.id] ?? [] });
  return json(405, { code: 'GS_ERR_NOT_FOUND', message: 'no such route' });
}

function renderSection(): void {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <NotificationChannelsSection />
    </QueryClientProvider>,
  );
}

function card(name: string): HTMLElement {
  return screen.getByRole('article', { name: `Channel ${name}` });
}

beforeEach(() => {
  sent = [];
  channels = [WEBHOOK, TELEGRAM];
  testAnswers = {};
  deliveries = {};
  vi.stubGlobal('fetch', vi.fn(channelsApi));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('NotificationChannelsSection', () => {
  it('lists each channel with its kind, redacted settings, switch and last delivery', async () => {
    renderSection();
    await screen.findByRole('article', { name: 'Channel Desk bot' });
    expect(screen.getAllByRole('article').map((article) => article.getAttribute('data-channel-id'))).toEqual(['c-webhook', 'c-telegram']);
    const webhook = card('Desk bot');
    expect(webhook.querySelector('dl')?.textContent).toBe('URLhttps://hooks.example.com/gs');
    expect(within(webhook).getByText('Webhook')).toBeTruthy();
    expect(within(webhook).getByText('delivered')).toBeTruthy();
    expect((within(webhook).getByRole('switch', { name: 'Desk bot enabled' }) as HTMLInputElement).checked).toBe(true);
    const telegram = card('Phone');
    expect(telegram.querySelector('dl')?.textContent).toBe('Bot token…tU1vChat id-1001234567890');
    expect(within(telegram).getByText('failed')).toBeTruthy();
    expect(within(telegram).getByText('Telegram answered 403: bot was blocked by the user')).toBeTruthy();
    expect((within(telegram).getByRole('switch', { name: 'Phone enabled' }) as HTMLInputElement).checked).toBe(false);
  });

  it('sends a test and shows how it went: delivered in N ms, or failed with the error', async () => {
    testAnswers = {
      'c-webhook': delivery(WEBHOOK, { latencyMs: 182 }),
      'c-telegram': delivery(TELEGRAM, { status: 'failed', error: 'Telegram answered 400: chat not found', latencyMs: 95, deliveredAt: null }),
    };
    renderSection();
    await screen.findByRole('article', { name: 'Channel Desk bot' });
    fireEvent.click(within(card('Desk bot')).getByRole('button', { name: 'Send test to Desk bot' }));
    expect((await within(card('Desk bot')).findByRole('status')).textContent).toBe('Delivered in 182 ms');

    fireEvent.click(within(card('Phone')).getByRole('button', { name: 'Send test to Phone' }));
    expect((await within(card('Phone')).findByRole('status')).textContent).toBe('Failed: Telegram answered 400: chat not found');
    expect(sent.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual(['/api/v1/channels/c-webhook/test', '/api/v1/channels/c-telegram/test']);
    // The list is read again, so the last delivery follows the test.
    await within(card('Phone')).findByText('Telegram answered 400: chat not found', { selector: 'span' });
  });

  it('switches a channel on with a PATCH of `enabled` alone', async () => {
    renderSection();
    await screen.findByRole('article', { name: 'Channel Phone' });
    fireEvent.click(within(card('Phone')).getByRole('switch', { name: 'Phone enabled' }));
    await waitFor(() => expect((within(card('Phone')).getByRole('switch', { name: 'Phone enabled' }) as HTMLInputElement).checked).toBe(true));
    expect(sent.filter((request) => request.method === 'PATCH')).toEqual([{ method: 'PATCH', path: '/api/v1/channels/c-telegram', body: { enabled: true } }]);
  });

  it('deletes a channel only once confirmed', async () => {
    renderSection();
    await screen.findByRole('article', { name: 'Channel Desk bot' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete Desk bot' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep Desk bot' }));
    expect(sent.some((request) => request.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Desk bot' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm deleting Desk bot' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Channel Desk bot' })).toBeNull());
    expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual(['/api/v1/channels/c-webhook']);
    expect(screen.getByRole('article', { name: 'Channel Phone' })).toBeTruthy();
  });

  it("opens a channel's recent deliveries on demand", async () => {
    deliveries = {
      'c-telegram': [
        delivery(TELEGRAM, { id: 'd2', subject: 'BUY AAPL 72%', status: 'dead', attempts: 6, error: 'Telegram answered 403: bot was blocked by the user', latencyMs: null, deliveredAt: null }),
        delivery(TELEGRAM, { id: 'd1', subject: 'Test message', latencyMs: 240.6 }),
      ],
    };
    renderSection();
    await screen.findByRole('article', { name: 'Channel Phone' });
    expect(sent.some((request) => request.path.includes('/deliveries'))).toBe(false);
    const toggle = within(card('Phone')).getByRole('button', { name: 'Recent deliveries of Phone' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const list = await screen.findByRole('list', { name: 'Recent deliveries of Phone' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-delivery-status'))).toEqual(['dead', 'delivered']);
    expect(items[0].textContent).toContain('BUY AAPL 72%');
    expect(items[0].textContent).toContain('6 attempts');
    expect(items[0].textContent).toContain('Telegram answered 403: bot was blocked by the user');
    expect(items[1].textContent).toContain('1 attempt · 241 ms');
    expect(sent.filter((request) => request.path.includes('/deliveries')).map((request) => request.path)).toEqual(['/api/v1/channels/c-telegram/deliveries?limit=20']);
  });

  it('says there is no channel yet, and lists a new one once added', async () => {
    channels = [];
    renderSection();
    await screen.findByText('No channels yet: add one below, then send it a test.');
    const added: ChannelView = { ...WEBHOOK, id: 'c-mail', kind: 'email', name: 'Inbox', config: { to: 'trader@example.com' }, lastDelivery: null };
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST') {
        channels = [added];
        return new Response(JSON.stringify(added), { status: 201, headers: { 'content-type': 'application/json' } });
      }
      return channelsApi(input, init);
    });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'email' } });
    fireEvent.change(screen.getByLabelText('Channel name'), { target: { value: 'Inbox' } });
    fireEvent.change(screen.getByLabelText('E-mail address'), { target: { value: 'trader@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add channel' }));
    const inbox = await screen.findByRole('article', { name: 'Channel Inbox' });
    expect(within(inbox).getByText('Nothing sent yet')).toBeTruthy();
    expect(inbox.querySelector('dl')?.textContent).toBe('Totrader@example.com');
  });
});
