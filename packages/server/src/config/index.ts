/** Server configuration: keys, defaults and validation. */
export * from './config-error.js';
export * from './config-keys.js';
export * from './load-config.js';
export * from './log-level.js';
export * from './provider-id.js';
export * from './server-config.js';
export * from './registration-mode.js';
