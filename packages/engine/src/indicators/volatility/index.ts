export * from './true-range.js';
export * from './average-true-range.js';
export * from './normalized-average-true-range.js';
export * from './standard-deviation.js';
export * from './bollinger-bands.js';
export * from './keltner-channel.js';
export * from './supertrend.js';
export * from './rolling-z-score.js';
