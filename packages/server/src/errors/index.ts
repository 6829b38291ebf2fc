/** Coded API errors and the one place they become HTTP answers. */
export * from './app-error.js';
export * from './error-body.js';
export * from './error-codes.js';
export * from './to-error-body.js';
export * from './to-market-data-app-error.js';
