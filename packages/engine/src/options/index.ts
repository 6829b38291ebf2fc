export * from './options-chain.js';
export * from './standard-normal.js';
export * from './black-scholes.js';
export * from './implied-volatility.js';
export * from './option-quote.js';
export * from './put-call-ratio.js';
export * from './unusual-options-activity.js';
export * from './volatility-skew.js';
