export * from './options-chain.js';
