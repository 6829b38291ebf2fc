/** Messages between the fan-out bench and its client process (Node IPC). */

/** Client process → bench: every client is connected and subscribed to `signals`. */
export interface ClientsReady {
  readonly type: 'ready';
  readonly clients: number;
}

/** Bench → client process: the measured signals' ids and publish times (epoch ms, sub-ms precision). */
export interface FinishRequest {
  readonly type: 'finish';
  readonly published: readonly (readonly [id: string, publishedAt: number])[];
  /** How long to wait for stragglers before counting the rest as lost. */
  readonly graceMs: number;
}

/** Client process → bench: publish-to-receipt latencies of the measured signals over every client. */
export interface FanOutReceipts {
  readonly type: 'receipts';
  readonly delivered: number;
  readonly latenciesMs: readonly number[];
  /** Signals a client received twice (must be 0). */
  readonly duplicates: number;
}

/** Any message the client process sends. */
export type ClientProcessMessage = ClientsReady | FanOutReceipts;

