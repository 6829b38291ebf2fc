import { parentPort, workerData } from 'node:worker_threads';
import { LiveShard } from './live-shard.js';
import type { LiveEngineOptions, ShardBarsMessage } from './shard-messages.js';

// One shard of a LiveEnginePool: applies the bars it is sent and answers each message in order.
const port = parentPort;
if (!port) throw new Error('live-engine-worker must run as a worker thread');
const shard = new LiveShard(workerData as LiveEngineOptions);
port.on('message', (message: ShardBarsMessage) => {
  port.postMessage(shard.handle(message));
});
