import type { Citation, RecordedToolCall } from '../../storage/schema/conversation-messages.js';

/** A tool call made during a turn and what it returned: stored as a `tool` message, listed on the answer. */
export interface ToolRecord {
  readonly call: RecordedToolCall;
  /** One line for the person watching. */
  readonly summary: string;
  /** What the tool returned (compact JSON), or the error text the model was given. */
  readonly content: string;
  readonly citations: readonly Citation[];
}
