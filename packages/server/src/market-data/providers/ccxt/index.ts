/** Crypto exchange market data provider (ccxt public endpoints). */
export { CcxtProvider, createCcxtProvider, type CcxtProviderOptions } from './ccxt-provider.js';
