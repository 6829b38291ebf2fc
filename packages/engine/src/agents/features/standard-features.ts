// Feature factories, one per canonical key (`NAME(p1,p2,...)`), so agents that ask for the same
// computation share one indicator instance per symbol. Split by indicator family; import the family
// file directly inside the engine so an agent loads only the indicators it uses.
export * from './moving-average-features.js';
export * from './volatility-features.js';
export * from './levels-features.js';
export * from './momentum-features.js';
export * from './volume-features.js';
export * from './trend-features.js';
export * from './derived-features.js';
export * from './rolling-percent-rank.js';
export * from './bollinger-bandwidth-rank.js';
export * from './calendar-momentum.js';
export * from './on-volume.js';
export * from './vwap-deviation.js';
export * from './atr-percentile.js';
