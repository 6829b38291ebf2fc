import type { Citation } from '../../storage/schema/conversation-messages.js';
import type { ChatMessageView } from './chat-views.js';

/**
 * What a reply streams, in order: tokens of the answer, the tools called (with a one-line summary) and the sources
 * cited as they come, then `done` with the stored answer, or `error`. The SSE route sends each as `event: <type>`.
 */
export type ChatStreamEvent =
  | { readonly type: 'token'; readonly text: string }
  | { readonly type: 'tool'; readonly id: string; readonly name: string; readonly arguments: Readonly<Record<string, unknown>>; readonly summary: string }
  | ({ readonly type: 'citation' } & Citation)
  | { readonly type: 'done'; readonly message: ChatMessageView }
  | { readonly type: 'error'; readonly code: string; readonly message: string };
