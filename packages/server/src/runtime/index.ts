/** Assembling the whole service from its config. */
export * from './create-providers.js';
export * from './create-server.js';
export * from './create-worker.js';
