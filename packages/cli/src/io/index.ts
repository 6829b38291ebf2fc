export * from './bars-file-error.js';
export * from './read-bars-file.js';
export * from './bar-file-options.js';
