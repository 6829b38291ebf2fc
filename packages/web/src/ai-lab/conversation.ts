import type { ChatMessage } from './chat-message.js';
import type { ConversationSummary } from './conversation-summary.js';

/** A conversation with its messages, oldest first. */
export interface Conversation extends ConversationSummary {
  readonly messages: readonly ChatMessage[];
}
