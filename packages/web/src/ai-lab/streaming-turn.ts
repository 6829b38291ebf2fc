import type { ChatMessage } from './chat-message.js';
import type { StreamedToolCall } from './chat-stream-event.js';
import type { Citation } from './citation.js';

/** A question sent and its answer as it streams in, shown until the stored conversation is read back. */
export interface StreamingTurn {
  readonly question: string;
  readonly text: string;
  readonly toolCalls: readonly StreamedToolCall[];
  readonly citations: readonly Citation[];
  /** `stopped`: the person pressed Stop; `failed`: an error event, a refused request or a cut connection. */
  readonly status: 'streaming' | 'done' | 'stopped' | 'failed';
  readonly error: string | null;
  /** The stored answer, once `done` came. */
  readonly answer: ChatMessage | null;
}

/** A turn that has sent `question` and received nothing yet. */
export function startTurn(question: string): StreamingTurn {
  return { question, text: '', toolCalls: [], citations: [], status: 'streaming', error: null, answer: null };
}
