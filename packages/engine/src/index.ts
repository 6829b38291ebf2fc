/** GoldenSignals engine: pure computation, no I/O; runs in Node and in the browser. */
export * from './version.js';
export * from './series/index.js';
export * from './random/index.js';
export * from './data/index.js';
export * from './indicators/index.js';
export * from './agents/index.js';
export * from './options/index.js';
export * from './sentiment/index.js';
export * from './consensus/index.js';
export * from './accuracy/index.js';
export * from './risk/index.js';
export * from './signal/index.js';
export * from './backtest/index.js';
export * from './scorecard/index.js';
export * from './paper/index.js';
export * from './ml/index.js';
