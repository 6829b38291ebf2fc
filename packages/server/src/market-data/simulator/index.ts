/** The built-in market simulator: deterministic OHLCV, quotes, news, options and fundamentals for any symbol, and a live feed. */
export * from './feed-timer.js';
export * from './known-symbols.js';
export * from './market-model.js';
export * from './market-simulator.js';
export * from './simulator-feed.js';
export * from './symbol-profile.js';
export * from './symbol-simulation.js';
