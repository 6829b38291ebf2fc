export * from './on-close.js';
export * from './true-range-of.js';
