import type { AccuracyTrackerState } from './accuracy-state.js';

/**
 * One exchange of a tracker with a shared state (a database other processes write to as well), begun
 * with `AccuracyTracker.beginSync`: merge {@link delta} into the shared state, then {@link complete}
 * with the result, or {@link abort} when that failed.
 */
export interface AccuracySync {
  /**
   * What the tracker learned since its last sync (since it was made, the first time, unless it was
   * restored and marked synced): records and trade records of the votes scored since, nothing else.
   */
  readonly delta: AccuracyTrackerState;
  /**
   * Adopts `shared` (the shared state with the delta merged in) as the tracker's own, keeping what it
   * learned since `beginSync` on top; `null` when nothing is shared yet. Records it lacks are added.
   */
  complete(shared: AccuracyTrackerState | null): void;
  /** The delta was not merged: it stays with the tracker and goes with the next sync. */
  abort(): void;
}
