export * from './assess-risk.js';
export * from './kelly.js';
export * from './risk-level.js';
export * from './risk-options.js';
export * from './rolling-percentile.js';
