export * from './on-close.js';
export * from './true-range-of.js';
export * from './rolling-extremes.js';
export * from './window-range.js';
export * from './fill-window-range.js';
