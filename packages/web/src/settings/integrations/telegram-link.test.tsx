// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePreferences } from '../preferences-store.js';
import { TelegramLink } from './telegram-link.js';
import type { TelegramLinkStatus } from './telegram-link-status.js';

interface SentRequest {
  readonly method: string;
  readonly path: string;
}

const LINKED: TelegramLinkStatus = { linked: true, chatId: '5551234', username: 'trader_joe', linkedAt: '2026-05-04T15:02:00.000Z' };

// Stands in for the Telegram link routes of the API contract; `linkAfterReads` makes the bot "see" the code.
let sent: SentRequest[] = [];
let status: TelegramLinkStatus = { linked: false };
let linkAfterReads: number | null = null;
let botConfigured = true;
async function telegramApi(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(String(input), 'http://localhost');
  const method = init?.method ?? 'GET';
  sent.push({ method, path: url.pathname });
  const json = (code: number, value: unknown) => new Response(JSON.stringify(value), { status: code, headers: { 'content-type': 'application/json' } });
  if (!botConfigured) return json(503, { code: 'GS_ERR_TELEGRAM_NOT_CONFIGURED', message: 'no Telegram bot is configured (TELEGRAM_BOT_TOKEN is empty)' });
  if (url.pathname === '/api/v1/telegram/link-code' && method === 'POST') {
    return json(201, { code: 'K7M2QX9P', expiresAt: new Date(Date.now() + 600_000).toISOString(), botUsername: 'goldensignals_bot', command: '/link K7M2QX9P' });
  }
  if (url.pathname === '/api/v1/telegram/link' && method === 'GET') {
    const reads = sent.filter((request) => request.method === 'GET').length;
    if (linkAfterReads !== null && reads > linkAfterReads) status = LINKED;
    return json(200, status);
  }
  if (url.pathname === '/api/v1/telegram/link' && method === 'DELETE') {
    status = { linked: false };
    return new Response(null, { status: 204 });
  }
  return json(404, { code: 'GS_ERR_NOT_FOUND', message: 'no such route' });
}

function renderLink(): void {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <TelegramLink pollMs={20} />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  sent = [];
  status = { linked: false };
  linkAfterReads = null;
  botConfigured = true;
  usePreferences.setState({ timeZone: 'UTC' });
  vi.stubGlobal('fetch', vi.fn(telegramApi));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TelegramLink', () => {
  it('gets a code, shows `/link CODE` for the bot with the time left, and asks until the bot linked the chat', async () => {
    renderLink();
    fireEvent.click(await screen.findByRole('button', { name: 'Link Telegram' }));
    const box = await screen.findByRole('region', { name: 'Telegram link code' });
    expect((within(box).getByLabelText('Command') as HTMLInputElement).value).toBe('/link K7M2QX9P');
    expect(within(box).getByText('@goldensignals_bot')).toBeTruthy();
    expect(within(box).getByRole('link', { name: 'Open @goldensignals_bot' }).getAttribute('href')).toBe('https://t.me/goldensignals_bot?start=K7M2QX9P');
    expect(within(box).getByRole('timer').textContent).toMatch(/^Expires in \d+:\d\d · waiting for Telegram…$/);
    expect(sent.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual(['/api/v1/telegram/link-code']);

    linkAfterReads = sent.filter((request) => request.method === 'GET').length;
    expect(await screen.findByText('@trader_joe')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Telegram link code' })).toBeNull();
    const reads = sent.filter((request) => request.method === 'GET').length;
    // Linked: the polling stops.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent.filter((request) => request.method === 'GET').length).toBe(reads);
  });

  it('shows who is linked and unlinks with a DELETE', async () => {
    status = LINKED;
    renderLink();
    expect(await screen.findByText('@trader_joe')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unlink Telegram' }));
    expect(await screen.findByRole('button', { name: 'Link Telegram' })).toBeTruthy();
    expect(sent.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual(['/api/v1/telegram/link']);
  });

  it('says plainly when the server has no bot configured', async () => {
    botConfigured = false;
    renderLink();
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toBe(
      'Telegram is not set up on this server: an admin has to give it a bot token (TELEGRAM_BOT_TOKEN). The server says: no Telegram bot is configured (TELEGRAM_BOT_TOKEN is empty)',
    );
    expect(screen.queryByRole('button', { name: 'Link Telegram' })).toBeNull();
  });

  it('shows a refused code request as the server says it', async () => {
    renderLink();
    const button = await screen.findByRole('button', { name: 'Link Telegram' });
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'GS_ERR_RATE_LIMITED', message: 'too many link codes: try again in 40 s' }), { status: 429 }));
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('too many link codes: try again in 40 s'));
  });
});
