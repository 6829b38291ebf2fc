// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../auth/session-store.js';
import type { AccountRole } from '../auth/session.js';
import { LiveSocket, type ChannelMessage } from '../live/live-socket.js';
import { LiveSocketContext } from '../live/live-socket-context.js';
import { AlertToasts } from '../live/alert-toasts.js';
import { usePreferences } from '../settings/preferences-store.js';
import { AlertsPage } from './alerts-page.js';
import { alertsApi, alertsApiState, type AlertsApiState } from './alerts-test-api.test-support.js';

/** The app's socket without a connection: messages are handed to the listeners by the test. */
class QuietSocket extends LiveSocket {
  readonly listeners = new Map<string, (message: ChannelMessage) => void>();

  override listen(channel: string, listener: (message: ChannelMessage) => void): () => void {
    this.listeners.set(channel, listener);
    return () => this.listeners.delete(channel);
  }
}

let api: AlertsApiState;

function renderPage(role: AccountRole = 'trader'): QuietSocket {
  useSessionStore.setState({ accessToken: 'access-1', user: { id: 'u-1', email: 'trader@example.com', role } });
  const socket = new QuietSocket('ws://localhost/ws');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LiveSocketContext.Provider value={socket}>
        {/* As the app shell mounts them: the toasts on every page. */}
        <AlertToasts />
        <AlertsPage />
      </LiveSocketContext.Provider>
    </QueryClientProvider>,
  );
  return socket;
}

function card(title: string): HTMLElement {
  return screen.getByRole('article', { name: `Alert ${title}` });
}

function newAlertForm(): HTMLElement {
  return screen.getByRole('form', { name: 'New alert' });
}

function posted(): unknown[] {
  return api.sent.filter((request) => request.method === 'POST' && request.path === '/api/v1/alerts').map((request) => request.body);
}

beforeEach(() => {
  api = alertsApiState();
  usePreferences.setState({ timeZone: 'UTC' });
  vi.stubGlobal('fetch', vi.fn(alertsApi(api)));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  useSessionStore.setState({ accessToken: null, user: null });
});

describe('AlertsPage', () => {
  it('lists each rule with its condition in words, channels, limits, switch and last trigger', async () => {
    renderPage();
    const price = await screen.findByRole('article', { name: 'Alert AAPL · Price above' });
    expect(within(price).getByText('Price crosses above 190')).toBeTruthy();
    expect(within(price).getByText('In the app')).toBeTruthy();
    expect(within(price).getByText('Telegram')).toBeTruthy();
    expect(within(price).getByText('Quiet 22:00–07:00 Europe/Berlin · at most 5 an hour')).toBeTruthy();
    expect(within(price).getByText(/^Last triggered /)).toBeTruthy();
    expect((within(price).getByRole('switch', { name: 'AAPL · Price above active' }) as HTMLInputElement).checked).toBe(true);
    const signal = card('All symbols · New signal');
    expect(within(signal).getByText('BUY signal, confidence ≥ 70%')).toBeTruthy();
    expect(within(signal).getByText('Never triggered')).toBeTruthy();
    expect((within(signal).getByRole('switch', { name: 'All symbols · New signal active' }) as HTMLInputElement).checked).toBe(false);
  });

  it('creates a price alert with exactly the fields of its kind, and lists it', async () => {
    renderPage();
    await screen.findByRole('article', { name: 'Alert AAPL · Price above' });
    const form = newAlertForm();
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'price_below' } });
    fireEvent.change(within(form).getByLabelText('Symbol'), { target: { value: 'msft' } });
    fireEvent.change(within(form).getByLabelText('Price'), { target: { value: '401.5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Telegram' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add alert' }));
    expect((await within(form).findByRole('status')).textContent).toBe('Alert added.');
    expect(posted()).toEqual([{ name: null, symbol: 'MSFT', kind: 'price_below', params: { price: 401.5 }, channels: ['websocket', 'telegram'], quietHours: null, maxPerHour: null }]);
    const added = await screen.findByRole('article', { name: 'Alert MSFT · Price below' });
    expect(within(added).getByText('Price crosses below 401.5')).toBeTruthy();
    expect((within(form).getByLabelText('Price') as HTMLInputElement).value).toBe('');
  });

  it('sends a signal rule with agents that must agree, quiet hours in a time zone and an hourly limit', async () => {
    renderPage();
    await screen.findByRole('article', { name: 'Alert AAPL · Price above' });
    const form = newAlertForm();
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'signal' } });
    fireEvent.change(within(form).getByLabelText('Name (optional)'), { target: { value: 'Strong buys' } });
    fireEvent.change(within(form).getByLabelText('Symbol'), { target: { value: '*' } });
    fireEvent.click(within(form).getByRole('button', { name: 'SELL' }));
    fireEvent.click(within(form).getByRole('button', { name: 'high' }));
    fireEvent.click(within(form).getByRole('button', { name: '4h' }));
    fireEvent.click(within(form).getByRole('button', { name: '1d' }));
    fireEvent.change(within(form).getByLabelText('Min confidence %'), { target: { value: '65' } });
    fireEvent.change(within(form).getByLabelText('Min agreeing agents'), { target: { value: '3' } });
    const agents = within(form).getByLabelText('Agents that must agree');
    fireEvent.mouseDown(agents);
    fireEvent.click(await screen.findByRole('option', { name: 'MACD' }));
    fireEvent.click(within(form).getByRole('switch', { name: 'Quiet hours' }));
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: '21:30' } });
    fireEvent.change(within(form).getByLabelText('Until'), { target: { value: '06:15' } });
    fireEvent.change(within(form).getByLabelText('Time zone'), { target: { value: 'America/New_York' } });
    fireEvent.change(within(form).getByLabelText('Max per hour'), { target: { value: '4' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add alert' }));
    await within(form).findByRole('status');
    expect(posted()).toEqual([
      {
        name: 'Strong buys',
        symbol: '*',
        kind: 'signal',
        params: { actions: ['BUY'], riskLevels: ['low', 'medium'], minConfidence: 0.65, timeframes: ['4h', '1d'], agents: ['macd'], minAgreeingAgents: 3 },
        channels: ['websocket'],
        quietHours: { start: '21:30', end: '06:15', timeZone: 'America/New_York' },
        maxPerHour: 4,
      },
    ]);
    const added = await screen.findByRole('article', { name: 'Alert Strong buys' });
    expect(within(added).getByText('All symbols · New signal: BUY signal, confidence ≥ 65%, low or medium risk, on 4h or 1d, macd agrees, at least 3 agents agree')).toBeTruthy();
    expect(within(added).getByText('Quiet 21:30–06:15 America/New_York · at most 4 an hour')).toBeTruthy();
  });

  it('names wrong fields before sending, and shows the server refusal as it says it', async () => {
    renderPage();
    await screen.findByRole('article', { name: 'Alert AAPL · Price above' });
    const form = newAlertForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Add alert' }));
    expect(await within(form).findAllByText('required')).toHaveLength(2);
    expect(posted()).toEqual([]);

    api.refuseCreate = {
      status: 400,
      body: { code: 'GS_ERR_VALIDATION', message: 'body.quietHours.timeZone must be an IANA time zone, got "Mars/Olympus"', problems: [{ field: 'body.quietHours.timeZone', message: 'must be an IANA time zone, got "Mars/Olympus"' }] },
    };
    fireEvent.change(within(form).getByLabelText('Symbol'), { target: { value: 'AAPL' } });
    fireEvent.change(within(form).getByLabelText('Price'), { target: { value: '200' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add alert' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('body.quietHours.timeZone must be an IANA time zone, got "Mars/Olympus"');
    expect(within(form).getByText('Quiet hours: must be an IANA time zone, got "Mars/Olympus"')).toBeTruthy();
    expect(posted()).toHaveLength(1);
  });

  it('offers system events to admins only', async () => {
    renderPage('trader');
    await screen.findByRole('article', { name: 'Alert AAPL · Price above' });
    const kinds = () => [...(within(newAlertForm()).getByLabelText('Kind') as HTMLSelectElement).options].map((option) => option.value);
    expect(kinds()).not.toContain('system');
    cleanup();
    renderPage('admin');
    await screen.findByRole('article', { name: 'Alert AAPL · Price above' });
    expect(kinds()).toContain('system');
    const form = newAlertForm();
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'system' } });
    expect(within(form).queryByLabelText('Symbol')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'provider up' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add alert' }));
    await within(form).findByRole('status');
    expect(posted()).toEqual([{ name: null, symbol: '*', kind: 'system', params: { events: ['provider_down'] }, channels: ['websocket'], quietHours: null, maxPerHour: null }]);
  });

  it('edits a rule with a PATCH of the whole condition, and switches one with `active` alone', async () => {
    renderPage();
    await screen.findByRole('article', { name: 'Alert AAPL · Price above' });
    fireEvent.click(within(card('AAPL · Price above')).getByRole('button', { name: 'Edit AAPL · Price above' }));
    const form = screen.getByRole('form', { name: 'Edit AAPL · Price above' });
    expect((within(form).getByLabelText('Price') as HTMLInputElement).value).toBe('190');
    expect((within(form).getByLabelText('Time zone') as HTMLInputElement).value).toBe('Europe/Berlin');
    fireEvent.change(within(form).getByLabelText('Price'), { target: { value: '195' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit AAPL · Price above' })).toBeNull());
    expect(within(card('AAPL · Price above')).getByText('Price crosses above 195')).toBeTruthy();

    fireEvent.click(within(card('All symbols · New signal')).getByRole('switch', { name: 'All symbols · New signal active' }));
    await waitFor(() => expect((within(card('All symbols · New signal')).getByRole('switch', { name: 'All symbols · New signal active' }) as HTMLInputElement).checked).toBe(true));
    expect(api.sent.filter((request) => request.method === 'PATCH')).toEqual([
      {
        method: 'PATCH',
        path: '/api/v1/alerts/a-price',
        body: { name: null, symbol: 'AAPL', kind: 'price_above', params: { price: 195 }, channels: ['websocket', 'telegram'], quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' }, maxPerHour: 5 },
      },
      { method: 'PATCH', path: '/api/v1/alerts/a-signal', body: { active: true } },
    ]);
  });

  it('deletes a rule only once confirmed', async () => {
    renderPage();
    await screen.findByRole('article', { name: 'Alert AAPL · Price above' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete AAPL · Price above' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep AAPL · Price above' }));
    expect(api.sent.some((request) => request.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete AAPL · Price above' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm deleting AAPL · Price above' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Alert AAPL · Price above' })).toBeNull());
    expect(api.sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual(['/api/v1/alerts/a-price']);
  });

  it("shows a rule's triggers with each delivery's status, attempts and error", async () => {
    renderPage();
    await screen.findByRole('article', { name: 'Alert AAPL · Price above' });
    fireEvent.click(within(card('AAPL · Price above')).getByRole('button', { name: 'Recent triggers of AAPL · Price above' }));
    const list = await screen.findByRole('list', { name: 'Triggers of AAPL · Price above' });
    const triggers = within(list).getAllByRole('listitem').filter((item) => item.hasAttribute('data-trigger-id'));
    expect(triggers.map((item) => item.getAttribute('data-trigger-status'))).toEqual(['sent', 'quiet_hours']);
    expect(within(triggers[1]).getByText('quiet hours')).toBeTruthy();
    const deliveries = within(triggers[0]).getAllByRole('listitem');
    expect(deliveries.map((item) => item.getAttribute('data-delivery-status'))).toEqual(['dead', 'delivered']);
    expect(deliveries[0].textContent).toContain('Phone · 6 attempts');
    expect(deliveries[0].textContent).toContain('Telegram answered 403: bot was blocked by the user');
    expect(deliveries[1].textContent).toContain('Desk bot · 1 attempt');
    expect(api.sent.filter((request) => request.path.includes('/triggers')).map((request) => request.path)).toEqual(['/api/v1/alerts/a-price/triggers?limit=50']);
  });

  it('retries a dead letter through its endpoint and says how it went', async () => {
    renderPage();
    const list = await screen.findByRole('list', { name: 'Dead letters' });
    expect(api.sent.some((request) => request.path === '/api/v1/deliveries?status=dead&limit=100')).toBe(true);
    const row = within(list).getByRole('listitem');
    expect(row.textContent).toContain('Phone (Telegram) · alert.price · 6 attempts');
    expect(row.textContent).toContain('Telegram answered 403: bot was blocked by the user');
    fireEvent.click(within(row).getByRole('button', { name: 'Retry AAPL crossed above 190 (rule: AAPL breakout) to Phone' }));
    expect((await screen.findByText(/^AAPL crossed above 190 \(rule: AAPL breakout\) to Phone: /)).textContent).toBe('AAPL crossed above 190 (rule: AAPL breakout) to Phone: Delivered');
    expect(api.sent.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual(['/api/v1/deliveries/d-tg/retry']);
    await screen.findByText('No dead letters: every delivery went through or is still being retried.');
  });

  it("shows a retry the server refuses with the server's message", async () => {
    api.retryStatus = 404;
    renderPage();
    const list = await screen.findByRole('list', { name: 'Dead letters' });
    fireEvent.click(within(list).getByRole('button', { name: /^Retry / }));
    expect((await screen.findByText(/to Phone: no delivery d-tg$/)).textContent).toBe('AAPL crossed above 190 (rule: AAPL breakout) to Phone: no delivery d-tg');
  });

  it('toasts a live alert once however often it is delivered, and refreshes the open triggers', async () => {
    const socket = renderPage();
    await screen.findByRole('article', { name: 'Alert AAPL · Price above' });
    fireEvent.click(within(card('AAPL · Price above')).getByRole('button', { name: 'Recent triggers of AAPL · Price above' }));
    await screen.findByRole('list', { name: 'Triggers of AAPL · Price above' });
    const triggerReads = () => api.sent.filter((request) => request.path.startsWith('/api/v1/alerts/a-price/triggers')).length;
    expect(triggerReads()).toBe(1);
    const push = socket.listeners.get('alerts');
    expect(push).toBeDefined();
    const message: ChannelMessage = {
      type: 'alert',
      channel: 'alerts',
      data: { alertId: 'a-price', triggerId: 't3', eventType: 'alert.price', subject: 'AAPL crossed above 190 (rule: AAPL breakout)', text: 'AAPL 190.42 crossed above 190', url: 'https://gs.example.com/chart?symbol=AAPL', firedAt: '2026-05-04T16:00:00.000Z' },
    };
    act(() => {
      push?.(message);
      push?.(message);
    });
    const toast = await screen.findByRole('alert', { name: 'Alert: AAPL crossed above 190 (rule: AAPL breakout)' });
    expect(toast.textContent).toContain('AAPL 190.42 crossed above 190');
    expect(within(toast).getByRole('link', { name: 'Open' }).getAttribute('href')).toBe('https://gs.example.com/chart?symbol=AAPL');
    await waitFor(() => expect(triggerReads()).toBe(2));
    fireEvent.click(within(toast).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: /^Alert: / })).toBeNull());
  });
});
