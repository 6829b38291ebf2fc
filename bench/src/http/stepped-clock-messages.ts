/** Messages between a bench and the stepped-clock server process (Node IPC). */

/** Bench → server: move the clock forward, or stop. */
export type SteppedClockRequest = { readonly type: 'step'; readonly ms: number } | { readonly type: 'stop' };

/** Server → bench: listening (once), or the clock after a step. */
export type SteppedClockReply =
  | { readonly type: 'listening'; readonly url: string; readonly dataDir: string }
  | { readonly type: 'stepped'; readonly now: number };
