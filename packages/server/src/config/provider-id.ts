/** Market data providers the server can build, by their config id. */
export const PROVIDER_IDS = ['yahoo', 'polygon', 'alphavantage', 'finnhub', 'ccxt', 'csv', 'simulator'] as const;

/** A market data provider's config id. */
export type ProviderId = (typeof PROVIDER_IDS)[number];
