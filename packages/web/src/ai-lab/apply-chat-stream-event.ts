import type { ChatStreamEvent } from './chat-stream-event.js';
import type { StreamingTurn } from './streaming-turn.js';

/** The turn after one event of its answer stream: tokens append, tools and citations add once each, done and error end it. */
export function applyChatStreamEvent(turn: StreamingTurn, event: ChatStreamEvent): StreamingTurn {
  // Whatever arrives after the end (a late token after Stop) must not change what was shown as final.
  if (turn.status !== 'streaming') return turn;
  switch (event.type) {
    case 'token':
      return { ...turn, text: turn.text + event.text };
    case 'tool':
      return turn.toolCalls.some((call) => call.id === event.call.id) ? turn : { ...turn, toolCalls: [...turn.toolCalls, event.call] };
    case 'citation': {
      const { kind, id } = event.citation;
      return turn.citations.some((known) => known.kind === kind && known.id === id) ? turn : { ...turn, citations: [...turn.citations, event.citation] };
    }
    case 'done':
      // The stored answer is the reference: a token lost on the way must not leave the shown text short.
      return { ...turn, status: 'done', text: event.message.content, answer: event.message };
    case 'error':
      return { ...turn, status: 'failed', error: event.message };
  }
}
