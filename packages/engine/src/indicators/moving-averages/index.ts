export * from './simple-moving-average.js';
export * from './exponential-moving-average.js';
export * from './weighted-moving-average.js';
export * from './double-exponential-moving-average.js';
export * from './triple-exponential-moving-average.js';
export * from './kaufman-adaptive-moving-average.js';
export * from './triple-exponential-average.js';
export * from './moving-average-convergence-divergence.js';
