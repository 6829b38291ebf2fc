import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import type { ClientMessage, ClientRequest, ReceiptsRequest } from './cluster-messages.js';
import { channelsOfClient, receiversPerSymbol, type FanOutSubscriptions } from './fan-out-subscriptions.js';
import { SignalReceipts } from './signal-receipts.js';

/**
 * WebSocket clients of one cluster node in their own process: `node ws-clients.js <ws url> <clients> <first client>
 * <symbols per client> <universe>` with the access token in GS_BENCH_TOKEN. Each client authenticates in the
 * handshake (the `bearer.<token>` subprotocol, as the dashboard does), subscribes to its channels (`signals`, or the
 * `signals:<S>` of the symbols it watches: see fan-out-subscriptions.ts) and stamps every signal on arrival; the bench
 * asks for the publish-to-receipt latencies of the signals it published.
 */

const CONNECT_BATCH = 50;
const SIGNAL_PREFIX = Buffer.from('{"type":"signal",');
const ID_FIELD = Buffer.from('"id":"');
const UUID_LENGTH = 36;

const receipts = new SignalReceipts();
const closedByServer: Record<string, number> = {};
let closing = false;

function send(message: ClientMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.send === undefined) throw new Error('ws-clients must run as a child process with IPC');
    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * One client. Thousands share this thread, so whatever one does per message delays the others and counts as
 * latency: it stamps the arrival and cuts the signal's id out of the frame (the hub writes `{"type":"signal",`
 * first; the stored signal's `"id"` is the frame's only one) instead of parsing it.
 */
function openClient(url: string, token: string, channels: readonly string[]): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, ['goldensignals.v1', `bearer.${token}`], { skipUTF8Validation: true });
    const client = receipts.newClient();
    socket.on('message', (data: Buffer) => {
      const receivedAt = performance.timeOrigin + performance.now();
      if (data.subarray(0, SIGNAL_PREFIX.length).equals(SIGNAL_PREFIX)) {
        const at = data.indexOf(ID_FIELD);
        if (at < 0) throw new Error(`signal without an id: ${data.toString('utf8', 0, 200)}`);
        receipts.record(client, data.toString('latin1', at + ID_FIELD.length, at + ID_FIELD.length + UUID_LENGTH), receivedAt);
        return;
      }
      const message = JSON.parse(data.toString('utf8')) as { type: string };
      if (message.type === 'welcome') socket.send(JSON.stringify({ type: 'subscribe', channels }));
      else if (message.type === 'subscribed') resolve(socket);
      else if (message.type === 'error') reject(new Error(`the server refused the client: ${data.toString('utf8')}`));
    });
    socket.on('error', reject);
    socket.once('close', (code: number) => {
      if (!closing) closedByServer[code] = (closedByServer[code] ?? 0) + 1;
      reject(new Error(`the server closed the client (${code}) before it subscribed`));
    });
  });
}

async function answer(request: ReceiptsRequest, receiversOf: (symbol: string) => number): Promise<void> {
  const expected = request.published.reduce((sum, [, , symbol]) => sum + receiversOf(symbol), 0);
  const received = (): number => request.published.reduce((sum, [id]) => sum + receipts.count(id), 0);
  let last = received();
  let lastProgress = Date.now();
  while (last < expected && Date.now() - lastProgress < request.idleMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = received();
    if (now > last) lastProgress = Date.now();
    last = now;
  }
  const latencies = new Float64Array(last);
  const firstLatencies = new Float64Array(request.published.length).fill(Number.NaN);
  let at = 0;
  request.published.forEach(([id, publishedAt], index) => {
    for (const time of receipts.times(id)) {
      const latency = time - publishedAt;
      latencies[at++] = latency;
      if (!(latency >= firstLatencies[index])) firstLatencies[index] = latency;
    }
  });
  const ids = new Set(request.published.map(([id]) => id));
  const otherSignals = receipts.countOthers(ids);
  if (request.forget) for (const id of ids) receipts.forget(id);
  const cpu = process.cpuUsage();
  await send({ type: 'receipts', delivered: at, latenciesMs: latencies, firstLatenciesMs: firstLatencies, duplicates: receipts.duplicates, closedByServer: { ...closedByServer }, otherSignals, cpuMs: (cpu.user + cpu.system) / 1000 });
}

async function main(): Promise<void> {
  const [url, clientsText, firstText, perClientText, universeText] = process.argv.slice(2);
  const [clients, first] = [Number(clientsText), Number(firstText)];
  const subscriptions: FanOutSubscriptions = { symbolsPerClient: Number(perClientText), universe: Number(universeText) };
  const token = process.env.GS_BENCH_TOKEN;
  if (!url || !Number.isInteger(clients) || clients <= 0 || !Number.isInteger(first) || first < 0 || token === undefined) {
    throw new Error('usage: GS_BENCH_TOKEN=<token> ws-clients <ws url> <clients> <first client> <symbols per client> <universe>');
  }
  const receiversOf = receiversPerSymbol(first, clients, subscriptions);
  const sockets: WebSocket[] = [];
  // In batches, so the server's accept backlog never overflows and its token checks queue briefly.
  for (let opened = 0; opened < clients; opened += CONNECT_BATCH) {
    const batch = Math.min(CONNECT_BATCH, clients - opened);
    sockets.push(...(await Promise.all(Array.from({ length: batch }, (_, i) => openClient(url, token, channelsOfClient(first + opened + i, subscriptions))))));
  }
  process.on('message', (request: ClientRequest) => {
    if (request.type === 'close') {
      closing = true;
      for (const socket of sockets) socket.terminate();
      process.disconnect();
      return;
    }
    answer(request, receiversOf).catch(fail);
  });
  // The bench is gone (killed, interrupted): close the clients with it.
  process.once('disconnect', () => {
    if (!closing) process.exit(0);
  });
  await send({ type: 'ready', clients: sockets.length });
}

function fail(error: unknown): void {
  process.stderr.write(`ws clients failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}

main().catch(fail);
