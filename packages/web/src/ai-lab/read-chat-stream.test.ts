import { describe, expect, it } from 'vitest';
import type { ChatStreamEvent } from './chat-stream-event.js';
import { readChatStream } from './read-chat-stream.js';
import { byteStream, sseEvent } from './sse-stream.test-support.js';

const MESSAGE = { id: 'm2', role: 'assistant', content: 'Prix: 189,20 €', createdAt: '2026-05-01T10:00:01.000Z' };
const BODY = [
  ': heartbeat\n\n',
  sseEvent('tool', { id: 'c1', name: 'get_quote', arguments: { symbol: 'AAPL' }, summary: 'AAPL 189.20' }),
  sseEvent('token', { text: 'Prix: ' }),
  sseEvent('token', { text: '189,20 €' }),
  sseEvent('citation', { kind: 'quote', id: 'AAPL', title: 'AAPL quote' }),
  sseEvent('done', { message: MESSAGE }),
].join('');

async function eventsOf(stream: ReadableStream<Uint8Array>): Promise<ChatStreamEvent[]> {
  const events: ChatStreamEvent[] = [];
  await readChatStream(stream, (event) => events.push(event));
  return events;
}

describe('readChatStream', () => {
  it('hands over every event in order, with a character split across two chunks decoded whole', async () => {
    const euro = new TextEncoder().encode(BODY.slice(0, BODY.indexOf('€'))).length;
    const events = await eventsOf(byteStream(BODY, [5, euro - 5 + 1, 1]));
    expect(events.map((event) => event.type)).toEqual(['tool', 'token', 'token', 'citation', 'done']);
    expect(events.filter((event) => event.type === 'token').map((event) => event.text)).toEqual(['Prix: ', '189,20 €']);
    expect(events.at(-1)).toEqual({ type: 'done', message: MESSAGE });
  });

  it('ends with an error event when the stream stops before done or error', async () => {
    const events = await eventsOf(byteStream(sseEvent('token', { text: 'Half an ans' }) + 'event: token\ndata: {"te'));
    expect(events).toEqual([
      { type: 'token', text: 'Half an ans' },
      { type: 'error', code: 'GS_ERR_STREAM_CUT', message: 'the answer stopped before it was complete: the connection to the server was lost' },
    ]);
  });

  it('stops at the error event of the server and reads nothing after it', async () => {
    const body = sseEvent('error', { code: 'GS_ERR_RATE_LIMITED', message: 'too many questions: wait 20 s' }) + sseEvent('token', { text: 'ignored' });
    expect(await eventsOf(byteStream(body))).toEqual([{ type: 'error', code: 'GS_ERR_RATE_LIMITED', message: 'too many questions: wait 20 s' }]);
  });
});
