import { ApiError } from '../api/api-error.js';
import { authorizedFetch } from './authorized-fetch.js';
import type { ChatStreamEvent } from './chat-stream-event.js';
import { readChatStream } from './read-chat-stream.js';

/**
 * Asks `content` in a conversation and streams the answer's events to `onEvent` until `done` or `error`. A refused
 * request (400, 404, 429) throws {@link ApiError}; `signal` aborts the request, which the server takes as the person
 * leaving: it stores what was said so far.
 */
export async function sendChatMessage(conversationId: string, content: string, options: { readonly signal: AbortSignal; readonly onEvent: (event: ChatStreamEvent) => void }): Promise<void> {
  const response = await authorizedFetch(`/ai/conversations/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ content }),
    signal: options.signal,
  });
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('text/event-stream') || response.body === null) {
    await response.body?.cancel();
    throw new ApiError(response.status, 'GS_ERR_BAD_STREAM', `the server answered ${type === '' ? 'without a content type' : type} instead of an event stream`);
  }
  await readChatStream(response.body, options.onEvent);
}
