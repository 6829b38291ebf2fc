// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FeedTokenPanel } from './feed-token-panel.js';

let sent: string[] = [];
let hasToken = false;
let issued = 0;

beforeEach(() => {
  sent = [];
  hasToken = false;
  issued = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(`${init?.method ?? 'GET'} ${String(input)}`);
      if (init?.method === 'POST') {
        hasToken = true;
        issued++;
        const token = `gsf_token${issued}`;
        return Response.json({ token, rssUrl: `https://gs.example.com/api/v1/feeds/signals.rss?token=${token}`, atomUrl: `https://gs.example.com/api/v1/feeds/signals.atom?token=${token}` }, { status: 201 });
      }
      if (!hasToken) return Response.json({ code: 'GS_ERR_NOT_FOUND', message: 'you have no feed token' }, { status: 404 });
      hasToken = false;
      return new Response(null, { status: 204 });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPanel(): void {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <FeedTokenPanel />
    </QueryClientProvider>,
  );
}

describe('FeedTokenPanel', () => {
  it('shows the RSS and Atom addresses of a new token once, replaces them on rotation, and revokes', async () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'New feed token' }));
    const links = await screen.findByRole('region', { name: 'Feed addresses' });
    expect((within(links).getByLabelText('RSS feed URL') as HTMLInputElement).value).toBe('https://gs.example.com/api/v1/feeds/signals.rss?token=gsf_token1');
    expect((within(links).getByLabelText('Atom feed URL') as HTMLInputElement).value).toBe('https://gs.example.com/api/v1/feeds/signals.atom?token=gsf_token1');

    fireEvent.click(screen.getByRole('button', { name: 'New feed token' }));
    await waitFor(() => expect((within(screen.getByRole('region', { name: 'Feed addresses' })).getByLabelText('RSS feed URL') as HTMLInputElement).value).toContain('gsf_token2'));

    fireEvent.click(screen.getByRole('button', { name: 'Revoke feed token' }));
    expect((await screen.findByRole('status')).textContent).toBe('Feed token revoked: readers using its addresses now get 401.');
    expect(screen.queryByRole('region', { name: 'Feed addresses' })).toBeNull();
    expect(sent).toEqual(['POST /api/v1/feeds/token', 'POST /api/v1/feeds/token', 'DELETE /api/v1/feeds/token']);
  });

  it('says what the server answers when there is no token to revoke', async () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Revoke feed token' }));
    expect((await screen.findByRole('alert')).textContent).toBe('you have no feed token');
  });
});
