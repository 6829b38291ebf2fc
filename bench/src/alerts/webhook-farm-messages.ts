import type { EndpointBehaviour, EndpointTally } from './webhook-receivers.js';

/** What the farm's thread starts from. */
export interface FarmThreadData {
  readonly behaviours: readonly EndpointBehaviour[];
  readonly slowMs: number;
}

/** Requests to the farm's thread; each is answered with its sequence number. */
export type FarmRequest =
  | { readonly type: 'secret'; readonly sequence: number; readonly index: number; readonly secret: string }
  | { readonly type: 'tallies'; readonly sequence: number }
  | { readonly type: 'stop'; readonly sequence: number };

/** What the farm's thread posts: its port once listening, then one answer per request. */
export type FarmReply =
  | { readonly type: 'started'; readonly port: number }
  | { readonly type: 'done'; readonly sequence: number }
  | { readonly type: 'tallies'; readonly sequence: number; readonly tallies: EndpointTally[] };
