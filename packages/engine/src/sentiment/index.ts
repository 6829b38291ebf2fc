export * from './text-item.js';
