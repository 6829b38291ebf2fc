import type { Signal } from '@goldensignals/engine';

/** How a followed signal ended (the API's `outcome`). */
export interface SignalOutcomeView {
  readonly result: string;
  readonly at: string;
  readonly price: number;
  readonly return: number;
}

/** A signal as the REST API returns it and the WebSocket pushes it: the engine's fields without votes, plus provenance. */
export interface SignalView extends Omit<Signal, 'votes'> {
  readonly id: string;
  readonly simulated: boolean;
  readonly createdAt: string;
  readonly outcome: SignalOutcomeView | null;
}
