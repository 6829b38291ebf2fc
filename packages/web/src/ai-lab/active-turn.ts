import type { StreamingTurn } from './streaming-turn.js';

/** The turn being asked (or last asked) on this page, with the conversation it belongs to. */
export interface ActiveTurn extends StreamingTurn {
  /** Tells this turn from a later one, so a stream ending late cannot change the next turn. */
  readonly key: number;
  readonly conversationId: string;
  /** User and assistant messages the conversation had stored when it was asked. */
  readonly storedBefore: number;
}
