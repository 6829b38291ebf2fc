import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatStreamEvent } from './chat-stream-event.js';
import { sendChatMessage } from './send-chat-message.js';
import { sseEvent } from './sse-stream.test-support.js';

const encoder = new TextEncoder();

/** An answer stream that gives `events` one by one, then waits (as a model thinking) until the request is aborted. */
function endlessAnswer(events: readonly string[], signal: AbortSignal | null | undefined): Response {
  const queue = [...events];
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (next !== undefined) {
        controller.enqueue(encoder.encode(next));
        return;
      }
      return new Promise<void>((resolve) => {
        signal?.addEventListener('abort', () => {
          controller.error(new DOMException('This operation was aborted', 'AbortError'));
          resolve();
        });
      });
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sendChatMessage', () => {
  it('posts the question as JSON asking for an event stream, and hands over tokens until Stop aborts it', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
        requests.push({ url: String(input), init });
        return endlessAnswer([sseEvent('token', { text: 'Agents ' }), sseEvent('token', { text: 'ranked' })], init.signal);
      }),
    );
    const controller = new AbortController();
    const events: ChatStreamEvent[] = [];
    const sending = sendChatMessage('c/1', 'Which agents are most accurate?', {
      signal: controller.signal,
      onEvent: (event) => {
        events.push(event);
        if (events.length === 2) controller.abort();
      },
    });
    await expect(sending).rejects.toMatchObject({ name: 'AbortError' });
    expect(events).toEqual([
      { type: 'token', text: 'Agents ' },
      { type: 'token', text: 'ranked' },
    ]);
    expect(requests[0].url).toBe('/api/v1/ai/conversations/c%2F1/messages');
    expect(requests[0].init.method).toBe('POST');
    expect(requests[0].init.body).toBe('{"content":"Which agents are most accurate?"}');
    expect(requests[0].init.headers).toMatchObject({ 'content-type': 'application/json', accept: 'text/event-stream' });
  });

  it('refuses an answer that is not an event stream', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>proxy</html>', { status: 200, headers: { 'content-type': 'text/html' } })));
    await expect(sendChatMessage('c1', 'hi', { signal: new AbortController().signal, onEvent: () => undefined })).rejects.toMatchObject({
      code: 'GS_ERR_BAD_STREAM',
      message: 'the server answered text/html instead of an event stream',
    });
  });
});
