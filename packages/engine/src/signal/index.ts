export * from './signal.js';
export * from './build-signal.js';
export * from './format-price.js';
export * from './generate-signal.js';
export * from './signal-engine.js';
export * from './signal-engine-options.js';
export * from './signal-summary.js';
