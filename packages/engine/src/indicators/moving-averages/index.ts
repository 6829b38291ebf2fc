export * from './simple-moving-average.js';
export * from './exponential-moving-average.js';
