import { parentPort, workerData } from 'node:worker_threads';
import type { FarmReply, FarmRequest, FarmThreadData } from './webhook-farm-messages.js';
import { WebhookReceivers } from './webhook-receivers.js';

// The thread of a WebhookFarm: starts the receivers, tells the port, then answers requests in order.
const port = parentPort;
if (port === null) throw new Error('webhook-farm-thread.js runs as a worker thread (see webhook-farm.ts)');
const { behaviours, slowMs } = workerData as FarmThreadData;
const started = await WebhookReceivers.start(behaviours, slowMs);
port.postMessage({ type: 'started', port: started.port } satisfies FarmReply);
port.on('message', (request: FarmRequest) => {
  void answer(request).then((reply) => port.postMessage(reply));
});

async function answer(request: FarmRequest): Promise<FarmReply> {
  switch (request.type) {
    case 'secret':
      started.receivers.setSecret(request.index, request.secret);
      return { type: 'done', sequence: request.sequence };
    case 'tallies':
      return { type: 'tallies', sequence: request.sequence, tallies: started.receivers.tallies() };
    case 'stop':
      await started.receivers.stop();
      return { type: 'done', sequence: request.sequence };
  }
}
