import { performance } from 'node:perf_hooks';
import { progress, round } from '../measure.js';
import { benchSignalFactory } from '../websocket/bench-signal.js';
import { startBenchCluster } from './bench-cluster.js';
import { BusPublisher } from './bus-publisher.js';
import { connectClientGroup } from './client-group.js';
import { benchSymbol, receiversPerSymbol, type FanOutSubscriptions } from './fan-out-subscriptions.js';
import { latencySummary } from './latency-summary.js';
import { busyPercent, cpuSnapshot, openFilesLimit } from './machine-load.js';
import { sampleProcess } from './process-metrics.js';
import { serviceCpu, serviceCpuUsed } from './service-cpu.js';

/** Options of {@link clusterFanOut}. */
export interface FanOutOptions {
  /** WebSocket clients over both nodes (5,000 in the issue). */
  readonly clients: number;
  /** Signals in the burst (1,000 in the issue). */
  readonly signals: number;
  /** Child processes holding the clients (a multiple of 2 splits them evenly over the nodes). */
  readonly clientProcesses: number;
  /** How long without a new delivery ends the wait for stragglers; what has not arrived then is lost. */
  readonly idleMs: number;
  /** What each client watches: every signal, or a watchlist of symbols (see fan-out-subscriptions.ts). */
  readonly subscriptions: FanOutSubscriptions;
}

const WARM_UP_SIGNALS = 10;
const TARGET_P99_MS = 100;
const SERVICES = ['redis-server'];

/** Every node's open WebSocket connections (from /metrics), to see the clients really split over the nodes. */
async function connectionsPerNode(urls: readonly string[]): Promise<number[]> {
  return Promise.all(urls.map(async (url) => (await sampleProcess(url)).websocketConnections ?? 0));
}

/**
 * A burst of signals through a 2-node cluster to thousands of WebSocket clients: the clients (split over the nodes,
 * held by a few child processes) authenticate and subscribe to `signals`, or each to the `signals:<S>` of a watchlist
 * of symbols while the burst's signals are spread over the symbol universe; after a small warm-up burst the bench
 * publishes the signals back to back on the cluster's Redis bus (see {@link BusPublisher}), each node's hub fans every
 * one out to its clients, and every client stamps each arrival. Latency = receipt − publish on the same clock.
 */
export async function clusterFanOut(options: FanOutOptions): Promise<object> {
  const limit = openFilesLimit();
  const perProcess = Math.ceil(options.clients / options.clientProcesses);
  if (limit !== null && limit < Math.max(perProcess, options.clients / 2) + 200) {
    throw new Error(`ulimit -n is ${limit}: too few open files for ${perProcess} clients per process and ${Math.ceil(options.clients / 2)} connections per node; raise it (ulimit -n 20000)`);
  }
  const cluster = await startBenchCluster({ apiNodes: 2 });
  const nodeUrls = cluster.apiNodes.map((node) => node.url);
  const publisher = await BusPublisher.open(cluster.redisUrl, cluster.keyPrefix);
  try {
    const group = await connectClientGroup(nodeUrls, cluster.accessToken, options.clients, options.clientProcesses, options.subscriptions);
    try {
      const connections = await connectionsPerNode(nodeUrls);
      if (connections.reduce((sum, count) => sum + count, 0) !== options.clients) throw new Error(`the nodes hold ${connections.join(' + ')} connections, expected ${options.clients}`);
      const { symbolsPerClient, universe } = options.subscriptions;
      const newBenchSignal = benchSignalFactory();
      let made = 0;
      // Spread over the universe when clients watch symbols; all on one symbol when they all hold `signals`.
      const newSignal = (): ReturnType<typeof newBenchSignal> => ({ ...newBenchSignal(), ...(symbolsPerClient > 0 ? { symbol: benchSymbol(made++ % universe) } : {}) });
      const receiversOf = receiversPerSymbol(0, options.clients, options.subscriptions);
      const payloadBytes = Buffer.byteLength(JSON.stringify(newSignal()));
      progress(`fan-out: warm-up burst of ${WARM_UP_SIGNALS} signals`);
      const warmUpSignals = Array.from({ length: WARM_UP_SIGNALS }, newSignal);
      const warmUp = await group.receipts(await publisher.burst(warmUpSignals), options.idleMs, true);
      const warmUpExpected = warmUpSignals.reduce((sum, signal) => sum + receiversOf(signal.symbol), 0);
      if (warmUp.delivered !== warmUpExpected) progress(`fan-out: the warm-up lost ${warmUpExpected - warmUp.delivered} deliveries`);
      const clientCpuBefore = warmUp.clientCpuMs;
      

      const signals = Array.from({ length: options.signals }, newSignal);
      const watched = [...cluster.apiNodes.map((node) => node.url)];
      const cpuBefore = await Promise.all(watched.map((url) => sampleProcess(url)));
      const machineBefore = cpuSnapshot();
      const servicesBefore = serviceCpu(SERVICES);
      progress(`fan-out: burst of ${options.signals} signals (${payloadBytes} bytes each) to ${options.clients} clients, ${symbolsPerClient === 0 ? 'all on signals' : `each watching ${symbolsPerClient} of ${universe} symbols`}`);
      const burstStart = performance.now();
      const published = await publisher.burst(signals);
      const publishMs = performance.now() - burstStart;
      const receipts = await group.receipts(published, options.idleMs, false);
      const wallSeconds = (performance.now() - burstStart) / 1000;
      const machineAfter = cpuSnapshot();
      const servicesUsed = serviceCpuUsed(servicesBefore, serviceCpu(SERVICES));
      const cpuAfter = await Promise.all(watched.map((url) => sampleProcess(url)));

      const expected = signals.reduce((sum, signal) => sum + receiversOf(signal.symbol), 0);
      const nodeCpuSeconds = cpuBefore.reduce((sum, before, i) => sum + cpuAfter[i].cpuSeconds - before.cpuSeconds, 0);
      const latency = latencySummary(receipts.latencyParts);
      const lost = expected - receipts.delivered;
      return {
        clients: options.clients,
        clientsPerNode: connections,
        clientProcesses: options.clientProcesses,
        subscriptions: symbolsPerClient === 0 ? 'every client on signals (every signal to every client)' : `each client on the signals:<S> of ${symbolsPerClient} symbols of ${universe}; the signals spread evenly over them (${round(expected / options.signals, 1)} receivers per signal)`,
        signals: options.signals,
        payloadBytes,
        source: 'signals published by the bench straight on the cluster Redis bus (the RedisMessageBus wire format), not generated by a worker: measures bus -> every node -> its WebSocket clients',
        expectedDeliveries: expected,
        delivered: receipts.delivered,
        lost,
        duplicates: receipts.duplicates,
        closedByServer: receipts.closedByServer,
        p50Ms: latency.p50Ms,
        p95Ms: latency.p95Ms,
        p99Ms: latency.p99Ms,
        maxMs: latency.maxMs,
        firstDeliveryPerSignal: { ...latencySummary([receipts.firstLatenciesMs]), note: "each signal's earliest receipt by any client: Redis, the node, and the wait behind the earlier signals of the burst, which a node fans out one after the other to all its clients" },
        publishBurstMs: round(publishMs),
        deliveriesPerSecond: latency.maxMs > 0 ? round(receipts.delivered / (latency.maxMs / 1000), 0) : 0,
        cpu: {
          machineBusyPercent: busyPercent(machineBefore, machineAfter),
          nodeCoresUsed: cpuBefore.map((before, i) => round((cpuAfter[i].cpuSeconds - before.cpuSeconds) / wallSeconds)),
          clientProcessesCpuSeconds: round((receipts.clientCpuMs - clientCpuBefore) / 1000),
          redisServerCoresUsed: round((servicesUsed['redis-server'] ?? 0) / wallSeconds),
          wallSeconds: round(wallSeconds),
          note: 'clients share the machine with the nodes: their processing counts as latency',
        },
        capacity: {
          nodeCpuSeconds: round(nodeCpuSeconds, 3),
          deliveriesPerNodeCpuSecond: nodeCpuSeconds > 0 ? round(receipts.delivered / nodeCpuSeconds, 0) : 0,
          nodeCoresForTarget: round(nodeCpuSeconds / (TARGET_P99_MS / 1000), 1),
          note: `CPU the nodes spent on the burst, and what it implies: to deliver it all within ${TARGET_P99_MS} ms the nodes alone need that many cores (a node uses one), clients and Redis elsewhere`,
        },
        targetP99Ms: TARGET_P99_MS,
        meetsTarget: lost === 0 && receipts.duplicates === 0 && latency.p99Ms <= TARGET_P99_MS,
      };
    } finally {
      await group.close();
    }
  } finally {
    publisher.close();
    await cluster.stop();
  }
}
