/**
 * The right to do a periodic chore (polling quotes, sweeping limit orders) that must run on one node of a cluster,
 * not on each: every node asks before each round and only the holder works. A holder that dies loses it when its
 * time runs out, and another node takes over.
 */
export interface Lease {
  /** True when this node holds the lease now (taking it if free, extending it if already held). */
  tryHold(): Promise<boolean>;
  /** Gives it up at once (shutdown), so another node need not wait for it to run out. */
  release(): Promise<void>;
}

/** The lease of a single process: always held. */
export const SOLE_PROCESS_LEASE: Lease = Object.freeze({
  tryHold: () => Promise.resolve(true),
  release: () => Promise.resolve(),
});
