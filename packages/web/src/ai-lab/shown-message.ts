import type { Citation } from './citation.js';
import type { ToolCall } from './tool-call.js';

/** A message as the transcript shows it, stored or still streaming. */
export interface ShownMessage {
  readonly key: string;
  readonly role: 'user' | 'assistant';
  readonly content: string;
  readonly toolCalls: readonly ToolCall[];
  readonly citations: readonly Citation[];
  /** Of the answer being streamed: `streaming` while tokens arrive, `stopped` or `failed` when it ended short. */
  readonly state: 'stored' | 'streaming' | 'stopped' | 'failed';
}
