export * from './build-app.js';
export * from './live/index.js';
export * from './storage/index.js';
