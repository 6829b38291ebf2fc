export * from './bar-batch.js';
export * from './live-engine-pool.js';
export * from './live-shard.js';
export * from './shard-of.js';
export * from './shard-messages.js';
