import type { ActiveTurn } from './active-turn.js';
import type { ChatMessage } from './chat-message.js';
import type { ShownMessage } from './shown-message.js';

/** User and assistant messages of a conversation: tool results are the model's working material, shown as chips instead. */
export function conversationalMessages(messages: readonly ChatMessage[]): ChatMessage[] {
  return messages.filter((message) => message.role !== 'tool');
}

/**
 * The transcript: the stored messages, then the turn being asked until the stored conversation holds it (its question
 * and answer both stored). A stopped or failed turn stays shown until then, so what was said does not vanish.
 */
export function transcriptOf(stored: readonly ChatMessage[], turn: ActiveTurn | null): ShownMessage[] {
  const kept = conversationalMessages(stored);
  const shown: ShownMessage[] = kept.map((message) => ({
    key: message.id,
    role: message.role === 'user' ? 'user' : 'assistant',
    content: message.content,
    toolCalls: message.toolCalls ?? [],
    citations: message.citations ?? [],
    state: 'stored',
  }));
  if (turn === null || (turn.status !== 'streaming' && kept.length >= turn.storedBefore + 2)) return shown;
  // The server stores the question before answering: once read back, it is shown from the store, not twice.
  const questionStored = kept.length > turn.storedBefore;
  return [
    ...shown,
    ...(questionStored ? [] : [{ key: `asked-${turn.key}`, role: 'user', content: turn.question, toolCalls: [], citations: [], state: 'stored' } as const]),
    { key: `answer-${turn.key}`, role: 'assistant', content: turn.text, toolCalls: turn.toolCalls, citations: turn.citations, state: turn.status === 'done' ? 'stored' : turn.status },
  ];
}
