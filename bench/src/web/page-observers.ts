/**
 * Scripts the dashboard bench evaluates in the page (browser globals, so kept as source text: the bench itself is
 * compiled for Node, without DOM types).
 */

/** Starts counting long tasks, the longest gap between animation frames and DOM mutations under `<main>`. */
export const START_OBSERVING = `(() => {
  const state = { longTasks: 0, longTaskMs: 0, maxFrameGapMs: 0, mutations: 0, last: performance.now(), running: true };
  globalThis.benchState = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) { state.longTasks++; state.longTaskMs += entry.duration; }
  }).observe({ type: 'longtask', buffered: false });
  const frame = (time) => {
    state.maxFrameGapMs = Math.max(state.maxFrameGapMs, time - state.last);
    state.last = time;
    if (state.running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver((records) => { state.mutations += records.length; })
    .observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true });
})()`;

/** Stops and reads what {@link START_OBSERVING} counted, with the signal rows shown now. */
export const STOP_OBSERVING = `(() => {
  const state = globalThis.benchState;
  state.running = false;
  return { longTasks: state.longTasks, longTaskMs: state.longTaskMs, maxFrameGapMs: state.maxFrameGapMs, mutations: state.mutations, rows: document.querySelectorAll('[data-signal-id]').length };
})()`;

/** The stored refresh token of the page. */
export const READ_REFRESH_TOKEN = `localStorage.getItem('goldensignals.refreshToken')`;

/** Stores a refresh token as the dashboard does after sign-in. */
export function writeRefreshToken(token: string): string {
  return `localStorage.setItem('goldensignals.refreshToken', ${JSON.stringify(token)})`;
}
