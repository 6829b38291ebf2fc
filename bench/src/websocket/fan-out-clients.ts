import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import type { ClientProcessMessage, FinishRequest } from './fan-out-messages.js';

/**
 * The fan-out bench's client side, in its own process so the clients do not share the server's event loop:
 * `node fan-out-clients.js <ws url> <clients>`. Opens the clients, subscribes each to `signals`, stamps every
 * signal on arrival and, when asked, reports publish-to-receipt latencies.
 */

const CONNECT_BATCH = 50;

/** Receipt times per signal id, one per client that got it. */
const receipts = new Map<string, number[]>();
let duplicates = 0;

function send(message: ClientProcessMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.send === undefined) throw new Error('fan-out-clients must run as a child process with IPC');
    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
  });
}

const SIGNAL_PREFIX = Buffer.from('{"type":"signal",');
const ID_FIELD = Buffer.from('"id":"');
const UUID_LENGTH = 36;

/** Records a signal's receipt for its id; the id is cut out of the frame instead of parsing it (see below). */
function recordSignal(data: Buffer, receivedAt: number, seen: Set<string>): void {
  const at = data.indexOf(ID_FIELD);
  if (at < 0) throw new Error(`signal without an id: ${data.toString('utf8', 0, 200)}`);
  const id = data.toString('latin1', at + ID_FIELD.length, at + ID_FIELD.length + UUID_LENGTH);
  if (seen.has(id)) duplicates++;
  seen.add(id);
  const times = receipts.get(id);
  if (times === undefined) receipts.set(id, [receivedAt]);
  else times.push(receivedAt);
}

/**
 * One client. A real client runs on its own machine; here 1,000 share one thread, so whatever each does per
 * message delays the ones after it and would be counted as server latency. Each therefore does the least a
 * client must: stamp the arrival, then find the signal's id in the frame. (The hub writes `{"type":"signal",`
 * first; the stored signal's own `"id"` is the only one in the frame.)
 */
function openClient(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { skipUTF8Validation: true });
    const seen = new Set<string>();
    socket.on('message', (data: Buffer) => {
      const receivedAt = performance.timeOrigin + performance.now();
      if (data.subarray(0, SIGNAL_PREFIX.length).equals(SIGNAL_PREFIX)) return recordSignal(data, receivedAt, seen);
      const message = JSON.parse(data.toString('utf8')) as { type: string };
      if (message.type === 'subscribed') resolve(socket);
      else if (message.type === 'error') reject(new Error(`server refused the subscription: ${data.toString('utf8')}`));
    });
    socket.once('open', () => socket.send(JSON.stringify({ type: 'subscribe', channels: ['signals'] })));
    socket.once('error', reject);
  });
}

async function finish(request: FinishRequest, clients: number): Promise<void> {
  const expected = request.published.length * clients;
  const received = (): number => request.published.reduce((sum, [id]) => sum + (receipts.get(id)?.length ?? 0), 0);
  const deadline = Date.now() + request.graceMs;
  while (received() < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const latenciesMs: number[] = [];
  for (const [id, publishedAt] of request.published) for (const at of receipts.get(id) ?? []) latenciesMs.push(at - publishedAt);
  await send({ type: 'receipts', delivered: latenciesMs.length, latenciesMs, duplicates });
}

async function main(): Promise<void> {
  const [url, clientsText] = process.argv.slice(2);
  const clients = Number(clientsText);
  if (!url || !Number.isInteger(clients) || clients <= 0) throw new Error('usage: fan-out-clients <ws url> <clients>');
  const sockets: WebSocket[] = [];
  // In batches, so the server's accept backlog never overflows.
  for (let opened = 0; opened < clients; opened += CONNECT_BATCH) {
    const batch = Math.min(CONNECT_BATCH, clients - opened);
    sockets.push(...(await Promise.all(Array.from({ length: batch }, () => openClient(url)))));
  }
  process.once('message', (request: FinishRequest) => {
    finish(request, clients)
      .then(() => {
        for (const socket of sockets) socket.terminate();
        process.disconnect();
      })
      .catch(fail);
  });
  await send({ type: 'ready', clients: sockets.length });
}

function fail(error: unknown): void {
  process.stderr.write(`fan-out clients failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}

main().catch(fail);
