/** Walk-forward analysis: optimise on train windows, report the test windows out of sample. */
export { walkForwardWindows, type WalkForwardBounds, type WalkForwardSchedule } from './walk-forward-windows.js';
export { walkForward, type WalkForwardRequest } from './walk-forward.js';
export type { WalkForwardResult, WalkForwardWindow } from './walk-forward-result.js';
export { stitchWindows, type TestWindowRun } from './stitch-windows.js';
export { meanStats, type MeanStats } from './mean-stats.js';
