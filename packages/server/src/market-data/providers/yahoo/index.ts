/** Yahoo Finance market data provider (yahoo-finance2). */
export { YahooProvider, type YahooProviderOptions } from './yahoo-provider.js';
