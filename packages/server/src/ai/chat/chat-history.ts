import type { ConversationMessage } from '../../storage/repositories/conversation-repository.js';
import type { ChatModelMessage } from './chat-model.js';

/** Earlier messages sent to the model with a question, at most, and their characters at most. */
const HISTORY_MESSAGES = 20;
const HISTORY_CHARS = 24_000;

/**
 * The earlier questions and answers sent with a question (it is the last), newest kept: tool results are not replayed,
 * since prices and statuses they held may have changed; the model calls the tools again.
 */
export function historyFor(messages: readonly ConversationMessage[]): ChatModelMessage[] {
  const spoken = messages.filter((message) => message.role !== 'tool' && message.content !== '').slice(-HISTORY_MESSAGES);
  let chars = spoken.reduce((sum, message) => sum + message.content.length, 0);
  while (spoken.length > 1 && (chars > HISTORY_CHARS || spoken[0].role !== 'user')) chars -= spoken.shift()?.content.length ?? 0;
  return spoken.map((message): ChatModelMessage => (message.role === 'user' ? { role: 'user', content: message.content } : { role: 'assistant', content: message.content }));
}
