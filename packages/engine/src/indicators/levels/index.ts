export * from './pivot-points.js';
export * from './swing-points.js';
