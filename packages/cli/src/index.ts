export * from './create-program.js';
export * from './io/index.js';
export * from './scan/run-scan.js';
export * from './scan/rank-signals.js';
export * from './scan/scan-task.js';
