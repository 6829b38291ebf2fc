/** Market data: one provider interface, its adapters, the simulator, the provider chain and the market calendar. */
export * from './bar-request.js';
export * from './fundamentals.js';
export * from './market-data-provider.js';
export * from './news-article.js';
export * from './provider-error.js';
export * from './quote.js';
export * from './symbol-match.js';
export * from './chain/index.js';
export * from './calendar/index.js';
export * from './providers/csv/index.js';
export * from './providers/yahoo/index.js';
export * from './providers/ccxt/index.js';
