export * from './on-close.js';
export * from './true-range-of.js';
export * from './rolling-extremes.js';
