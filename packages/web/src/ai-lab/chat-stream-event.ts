import type { ChatMessage } from './chat-message.js';
import type { Citation } from './citation.js';

/** A tool call announced while an answer streams: the call and one line saying what it did. */
export interface StreamedToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: unknown;
  readonly summary: string;
}

/** What the answer stream of `POST /ai/conversations/:id/messages` says, event by event. */
export type ChatStreamEvent =
  | { readonly type: 'token'; readonly text: string }
  | { readonly type: 'tool'; readonly call: StreamedToolCall }
  | { readonly type: 'citation'; readonly citation: Citation }
  | { readonly type: 'done'; readonly message: ChatMessage }
  | { readonly type: 'error'; readonly code: string; readonly message: string };
