export * from './on-balance-volume.js';
export * from './money-flow-index.js';
export * from './accumulation-distribution.js';
export * from './chaikin-oscillator.js';
export * from './volume-weighted-average-price.js';
