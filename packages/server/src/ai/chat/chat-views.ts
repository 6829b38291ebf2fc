import type { Conversation, ConversationMessage } from '../../storage/repositories/conversation-repository.js';
import type { Citation, MessageRole, RecordedToolCall } from '../../storage/schema/conversation-messages.js';

/** Title of a conversation before its first question names it. */
export const UNTITLED = 'New conversation';

/** A conversation as the API gives it. */
export interface ConversationView {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A stored message as the API gives it; empty lists and a complete answer leave their fields out. */
export interface ChatMessageView {
  readonly id: string;
  readonly role: MessageRole;
  readonly content: string;
  readonly toolCalls?: readonly RecordedToolCall[];
  readonly citations?: readonly Citation[];
  /** Present (true) when the answer was cut short: the client left or the model failed. */
  readonly incomplete?: true;
  readonly createdAt: string;
}

/** A conversation with its messages in order. */
export interface ConversationWithMessages extends ConversationView {
  readonly messages: readonly ChatMessageView[];
}

/** The view of a conversation row. */
export function conversationView(row: Conversation): ConversationView {
  return { id: row.id, title: row.title ?? UNTITLED, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** The view of a message row. */
export function messageView(row: ConversationMessage): ChatMessageView {
  return {
    id: row.id,
    role: row.role,
    content: row.content,
    ...(row.toolCalls === null || row.toolCalls.length === 0 ? {} : { toolCalls: row.toolCalls }),
    ...(row.citations === null || row.citations.length === 0 ? {} : { citations: row.citations }),
    ...(row.incomplete ? { incomplete: true as const } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}
