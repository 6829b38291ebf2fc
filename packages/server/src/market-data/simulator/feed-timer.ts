/** Schedules callbacks; injectable so tests drive the live feed with a manual clock. */
export interface FeedTimer {
  /** Runs `callback` after `delayMs`; returns a function that cancels it. */
  setTimeout(callback: () => void, delayMs: number): () => void;
}

/** Node's timers, unref'd so a feed never keeps the process alive on its own. */
export const SYSTEM_FEED_TIMER: FeedTimer = {
  setTimeout(callback, delayMs) {
    const handle = setTimeout(callback, delayMs);
    handle.unref();
    return () => clearTimeout(handle);
  },
};
