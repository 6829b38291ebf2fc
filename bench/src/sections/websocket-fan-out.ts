import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildApp, InProcessMessageBus, signalEvent, WebSocketHub, websocketRoutes } from '@goldensignals/server';
import { percentile, progress, round } from '../measure.js';
import { benchSignalFactory } from '../websocket/bench-signal.js';
import type { ClientProcessMessage, FanOutReceipts, FinishRequest } from '../websocket/fan-out-messages.js';

const CLIENTS = 1_000;
const MESSAGES = 200;
const WARM_UP_MESSAGES = 20;
const MESSAGES_PER_SECOND = 50;
const GRACE_MS = 5_000;
const TARGET_P99_MS = 25;

function nextMessage(child: ChildProcess): Promise<ClientProcessMessage> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`fan-out client process exited (${code}) before answering`));
    child.once('exit', onExit);
    child.once('message', (message: ClientProcessMessage) => {
      child.off('exit', onExit);
      resolve(message);
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * WebSocket fan-out: a real Fastify app with the hub on a loopback port, 1,000 clients in a separate process
 * subscribed to `signals`, 200 stored signals (~1 KB each) published on the bus at a steady 50/s after a warm-up.
 * Latency is publish (just before `bus.publish`) to receipt (the client's message event, before parsing), both on
 * `performance.timeOrigin + performance.now()`; a signal not received within 5 s of the last publish is lost.
 */
export async function websocketFanOut(): Promise<object> {
  const bus = new InProcessMessageBus();
  const hub = new WebSocketHub({ bus });
  const app = await buildApp();
  await app.register(websocketRoutes, { hub });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const clientScript = fileURLToPath(new URL('../websocket/fan-out-clients.js', import.meta.url));
  const child = fork(clientScript, [`${address.replace('http', 'ws')}/ws`, String(CLIENTS)], {
    // The client process needs none of the bench's Node flags.
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    progress(`websocket fan-out: connecting ${CLIENTS} clients`);
    const ready = await nextMessage(child);
    if (ready.type !== 'ready' || ready.clients !== CLIENTS) throw new Error(`client process answered ${JSON.stringify(ready)}`);
    if (hub.stats().subscriptionsByKind.signals !== CLIENTS) throw new Error(`hub holds ${hub.stats().subscriptionsByKind.signals} signals subscriptions, expected ${CLIENTS}`);

    const newSignal = benchSignalFactory();
    const payloadBytes = Buffer.byteLength(JSON.stringify(newSignal()));
    progress(`websocket fan-out: ${WARM_UP_MESSAGES} warm-up + ${MESSAGES} signals of ${payloadBytes} bytes at ${MESSAGES_PER_SECOND}/s`);
    const published: [string, number][] = [];
    // How long the server's own share takes: serialising once and writing to every socket, inside publish.
    const fanOutMs: number[] = [];
    const intervalMs = 1_000 / MESSAGES_PER_SECOND;
    const start = performance.now();
    for (let i = 0; i < WARM_UP_MESSAGES + MESSAGES; i++) {
      await sleep(start + i * intervalMs - performance.now());
      const signal = newSignal();
      const publishedAt = performance.timeOrigin + performance.now();
      await bus.publish(signalEvent(signal));
      if (i < WARM_UP_MESSAGES) continue;
      fanOutMs.push(performance.timeOrigin + performance.now() - publishedAt);
      published.push([signal.id, publishedAt]);
    }
    const request: FinishRequest = { type: 'finish', published, graceMs: GRACE_MS };
    const answer = nextMessage(child);
    child.send(request);
    const receipts = (await answer) as FanOutReceipts;
    if (receipts.duplicates !== 0) throw new Error(`${receipts.duplicates} signals reached a client twice`);
    const stats = hub.stats();
    const latencies = receipts.latenciesMs;
    const p99Ms = round(percentile(latencies, 99), 2);
    const lost = CLIENTS * MESSAGES - receipts.delivered;
    return {
      clients: CLIENTS,
      messages: MESSAGES,
      delivered: receipts.delivered,
      lost,
      p50Ms: round(percentile(latencies, 50), 2),
      p95Ms: round(percentile(latencies, 95), 2),
      p99Ms,
      maxMs: round(latencies.reduce((max, latency) => Math.max(max, latency), -Infinity), 2),
      targetP99Ms: TARGET_P99_MS,
      meetsTarget: lost === 0 && p99Ms <= TARGET_P99_MS,
      payloadBytes,
      messagesPerSecond: MESSAGES_PER_SECOND,
      serverFanOutP50Ms: round(percentile(fanOutMs, 50), 2),
      serverFanOutP99Ms: round(percentile(fanOutMs, 99), 2),
      slowClientsDropped: stats.slowClientsDropped,
    };
  } finally {
    if (child.exitCode === null) {
      child.kill();
      await once(child, 'exit');
    }
    await app.close();
    await bus.close();
  }
}
