export * from './build-app.js';
