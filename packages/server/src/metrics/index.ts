/** Prometheus metrics of the server. */
export * from './install-metrics.js';
export * from './server-metrics.js';
