/** Messages between the cluster bench and its child processes (Node IPC, `advanced` serialization). */

/** Node process → bench: it listens (an API node: its HTTP URL; the worker: its `/health` `/ready` `/metrics` URL). */
export interface NodeListening {
  readonly type: 'listening';
  readonly url: string;
}

/** Bench → node process: stop gracefully and exit. */
export interface StopRequest {
  readonly type: 'stop';
}

/** What a load process is asked to run (autocannon against one URL). */
export interface LoadRequest {
  readonly type: 'run';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Paths cycled through in order, one per request. */
  readonly paths: readonly string[];
  readonly connections: number;
  readonly durationSeconds: number;
  /** Requests per second over all connections; unset = as fast as the server answers. */
  readonly overallRate?: number;
}

/** Load process → bench: it is loaded and waits for its `run`. */
export interface LoadReady {
  readonly type: 'ready';
}

/** Load process → bench: what its autocannon run saw. */
export interface LoadResult {
  readonly type: 'result';
  readonly requests: number;
  readonly durationSeconds: number;
  /** Connection errors, timeouts included (autocannon's `errors`). */
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** Every response time, ms. */
  readonly responseTimesMs: Float64Array;
  /** CPU time the load generator itself used, ms (user + system). */
  readonly cpuMs: number;
}

/** Bench → client process: receipts of these signals are wanted; wait until all came or none came for `idleMs`. */
export interface ReceiptsRequest {
  readonly type: 'receipts';
  readonly published: readonly (readonly [id: string, publishedAt: number, symbol: string])[];
  readonly idleMs: number;
  /** Forget receipts of these ids afterwards (the soak asks burst by burst). */
  readonly forget: boolean;
}

/** Bench → client process: close every client and exit. */
export interface CloseClientsRequest {
  readonly type: 'close';
}

/** Any message the bench sends a client process. */
export type ClientRequest = ReceiptsRequest | CloseClientsRequest;

/** Client process → bench: every client is connected, authenticated and subscribed to `signals`. */
export interface ClientsReady {
  readonly type: 'ready';
  readonly clients: number;
}

/** Client process → bench: publish-to-receipt latencies of the asked signals over all its clients. */
export interface ClientReceipts {
  readonly type: 'receipts';
  readonly delivered: number;
  readonly latenciesMs: Float64Array;
  /** Per asked signal (in the order asked), its earliest latency over this process's clients; NaN if none got it. */
  readonly firstLatenciesMs: Float64Array;
  /** Deliveries of a signal to a client that had it already (must be 0). */
  readonly duplicates: number;
  /** Clients the server closed, by close code (4001 = slow consumer). */
  readonly closedByServer: Readonly<Record<string, number>>;
  /** Signal frames not among the asked ids (e.g. signals of scans). */
  readonly otherSignals: number;
  /** CPU time the client process used so far, ms. */
  readonly cpuMs: number;
}

/** Any message a client process sends. */
export type ClientMessage = ClientsReady | ClientReceipts;
