/** The signal service: on-demand, batch and scheduled generation, learning that survives restarts, outcome scoring. */
export * from './bar-source.js';
export * from './history-lookback.js';
export * from './learning-state.js';
export * from './signal-publisher.js';
export * from './signal-scheduler.js';
export * from './signal-service.js';
