import type { Citation } from './citation.js';
import type { ToolCall } from './tool-call.js';

/** One message of a conversation as `GET /ai/conversations/:id` gives it. */
export interface ChatMessage {
  readonly id: string;
  readonly role: 'user' | 'assistant' | 'tool';
  readonly content: string;
  readonly toolCalls?: readonly ToolCall[];
  readonly citations?: readonly Citation[];
  readonly createdAt: string;
}
