export * from './bar.js';
export * from './bar-series.js';
export * from './bar-history.js';
export * from './rolling-bar-history.js';
export * from './random-walk-bars.js';
export * from './timeframe.js';
