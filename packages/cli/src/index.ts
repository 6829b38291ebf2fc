export * from './create-program.js';
