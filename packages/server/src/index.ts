export * from './build-app.js';
export * from './live/index.js';
