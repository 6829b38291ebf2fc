import { chatStreamEventOf } from './chat-stream-event-of.js';
import type { ChatStreamEvent } from './chat-stream-event.js';
import { SseParser } from './sse-parser.js';

/**
 * Reads an answer stream to its end, handing each event to `onEvent` as soon as its bytes arrive. A stream that ends
 * without `done` or `error` (a dropped connection, a proxy timing out) ends with an `error` event saying so. An abort
 * of the request rejects with its AbortError.
 */
export async function readChatStream(body: ReadableStream<Uint8Array>, onEvent: (event: ChatStreamEvent) => void): Promise<void> {
  const reader = body.getReader();
  // One decoder for the whole stream: a character's bytes may be split between two chunks.
  const decoder = new TextDecoder();
  const parser = new SseParser();
  let ended = false;
  const hand = (events: ReturnType<SseParser['push']>): void => {
    for (const sse of events) {
      const event = chatStreamEventOf(sse);
      if (event === null || ended) continue;
      onEvent(event);
      if (event.type === 'done' || event.type === 'error') ended = true;
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      hand(parser.push(decoder.decode(value, { stream: true })));
      if (ended) return;
    }
    hand(parser.push(decoder.decode()));
    hand(parser.end().events);
  } finally {
    // Releases the connection when the answer ended before the body did, or when a handler threw.
    await reader.cancel().catch(() => undefined);
  }
  if (!ended) onEvent({ type: 'error', code: 'GS_ERR_STREAM_CUT', message: 'the answer stopped before it was complete: the connection to the server was lost' });
}
