import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { useSessionStore } from '../auth/session-store.js';
import { authorizedFetch } from './authorized-fetch.js';

interface Sent {
  readonly url: string;
  readonly init: RequestInit;
}

let sent: Sent[] = [];

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function serve(answer: (url: string, init: RequestInit) => Response | Promise<Response>): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      sent.push({ url: String(input), init });
      return answer(String(input), init);
    }),
  );
}

const USER = { id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', email: 'viewer@example.com', role: 'viewer' } as const;

beforeEach(() => {
  sent = [];
  useSessionStore.setState({ accessToken: 'old-token', refreshToken: 'refresh-1', user: USER });
});

afterEach(() => {
  vi.unstubAllGlobals();
  useSessionStore.setState({ accessToken: null, refreshToken: null, user: null });
});

describe('authorizedFetch', () => {
  it('sends the raw body with its own content type and the bearer token, and returns the answer unread', async () => {
    serve(() => json(201, { id: 'd1' }));
    const file = new Blob(['risk policy: 1% per trade'], { type: 'text/plain' });
    const response = await authorizedFetch('/ai/documents?name=policy.txt', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: file });
    expect(await response.json()).toEqual({ id: 'd1' });
    expect(sent[0].url).toBe('/api/v1/ai/documents?name=policy.txt');
    expect(sent[0].init.headers).toEqual({ 'content-type': 'text/plain', authorization: 'Bearer old-token' });
    expect(sent[0].init.body).toBe(file);
  });

  it('refreshes an expired access token once and repeats the request with the new one', async () => {
    serve((url, init) => {
      if (url === '/api/v1/auth/refresh') return json(200, { accessToken: 'new-token', refreshToken: 'refresh-2', accessTokenExpiresAt: '2026-05-01T11:00:00.000Z', user: USER });
      const headers = init.headers as Record<string, string>;
      return headers.authorization === 'Bearer new-token' ? json(200, { items: [] }) : json(401, { code: 'GS_ERR_UNAUTHORIZED', message: 'the access token expired' });
    });
    const response = await authorizedFetch('/ai/documents', { method: 'GET' });
    expect(response.status).toBe(200);
    expect(sent.map((request) => request.url)).toEqual(['/api/v1/ai/documents', '/api/v1/auth/refresh', '/api/v1/ai/documents']);
    expect(useSessionStore.getState().refreshToken).toBe('refresh-2');
  });

  it("throws the server's code and message for an error answer", async () => {
    serve(() => json(415, { code: 'GS_ERR_UNSUPPORTED_MEDIA', message: 'image/png is not accepted: upload PDF, CSV, text or Markdown' }));
    const failure = await authorizedFetch('/ai/documents?name=a.png', { method: 'POST', body: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 415, code: 'GS_ERR_UNSUPPORTED_MEDIA', message: 'image/png is not accepted: upload PDF, CSV, text or Markdown' });
  });

  it('names a network failure, but lets an abort through as it is', async () => {
    serve(() => {
      throw new TypeError('fetch failed');
    });
    await expect(authorizedFetch('/ai/status', { method: 'GET' })).rejects.toMatchObject({ code: 'GS_ERR_NETWORK', message: 'the server cannot be reached (fetch failed)' });

    const controller = new AbortController();
    controller.abort();
    serve(() => {
      throw new DOMException('This operation was aborted', 'AbortError');
    });
    await expect(authorizedFetch('/ai/status', { method: 'GET', signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
