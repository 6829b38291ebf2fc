import type { SignalView } from '../signals/signal-view.js';

/** One page of `GET /signals`, with the cursor of the next (`null` or absent on the last). */
export interface SignalPageAnswer {
  readonly items: readonly SignalView[];
  readonly nextCursor?: string | null;
}
