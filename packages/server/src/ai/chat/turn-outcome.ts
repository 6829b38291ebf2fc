import type { Citation } from '../../storage/schema/conversation-messages.js';
import type { ToolRecord } from './tool-record.js';

/** How an answer ended: what was said, the tools it used, what it cited, and whether it was cut short and why. */
export interface TurnOutcome {
  readonly content: string;
  readonly records: readonly ToolRecord[];
  readonly citations: readonly Citation[];
  /** True when the client left or the model failed before the answer was complete. */
  readonly incomplete: boolean;
  /** Why the answer failed (sent as the `error` event), or `null`. */
  readonly error: { readonly code: string; readonly message: string } | null;
}
