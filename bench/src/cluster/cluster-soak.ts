import { performance } from 'node:perf_hooks';
import { progress, round } from '../measure.js';
import { benchSignalFactory } from '../websocket/bench-signal.js';
import { startBenchCluster } from './bench-cluster.js';
import { BusPublisher } from './bus-publisher.js';
import { connectClientGroup, type GroupReceipts } from './client-group.js';
import { latencySummary } from './latency-summary.js';
import { measuredLoad } from './measured-load.js';
import { memoryTrend, type MemorySample } from './memory-trend.js';
import { sampleProcess } from './process-metrics.js';
import { scanAndWait, type ScanOutcome } from './scan-and-wait.js';

/** Options of {@link clusterSoak}. */
export interface SoakOptions {
  /** Length of the soak (10 in the issue). */
  readonly minutes: number;
  /** The same load runs this long before the first memory sample: the soak looks for growth in a steady state, not the start-up's. */
  readonly warmUpSeconds: number;
  /** WebSocket clients connected throughout, split over both nodes. */
  readonly clients: number;
  readonly clientProcesses: number;
  /** Signals of each bus burst (one every 10 s). */
  readonly burstSignals: number;
  /** REST reads per second on each node. */
  readonly restRatePerNode: number;
  /** How long without a new delivery ends the wait for a burst's stragglers. */
  readonly idleMs: number;
}

const TICK_MS = 10_000;
const LIMIT_PERCENT = 10;
/** Simulated crypto pairs: they trade around the clock, so a 1m bar closes every minute whatever the hour. */
const SCAN_SYMBOLS = Array.from({ length: 10 }, (_, i) => `SIM${String(i).padStart(3, '0')}-USDT`);
const PATHS = ['/api/v1/signals/latest?limit=20', '/api/v1/signals/latest?limit=20&symbols=SIM001-USDT,SIM002-USDT'];
const MIB = 2 ** 20;

const sleepUntil = (at: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

/** RSS and heap samples of one process. */
interface MemorySeries {
  readonly rss: MemorySample[];
  readonly heapUsed: MemorySample[];
}

/**
 * Ten minutes (by default) of steady mixed load on a 2-node cluster with its worker: REST reads at a fixed rate on
 * both nodes, WebSocket clients connected throughout, every 10 s a burst of signals on the bus (delivery checked) and
 * a 1m scan of 10 crypto symbols run by the worker (a new signal per symbol each minute, which the clients get too), and memory
 * (RSS and V8 heap used, from each process's /metrics) sampled every 10 s after a warm-up of the same load. Memory is flat when the last minute's mean
 * is within 10 % of the first minute's and so is the growth the least-squares slope gives over the soak.
 */
export async function clusterSoak(options: SoakOptions): Promise<object> {
  const cluster = await startBenchCluster({ apiNodes: 2 });
  const publisher = await BusPublisher.open(cluster.redisUrl, cluster.keyPrefix);
  try {
    // The caches a steady state holds (bars, engines of the scanned symbols) are filled before the first sample.
    progress('soak: signalling the scanned symbols (1d and 1m) before the soak starts');
    for (const timeframe of ['1d', '1m']) {
      const seeded = await scanAndWait(cluster.apiNodes[0].url, cluster.headers, SCAN_SYMBOLS, timeframe);
      if (seeded.status !== 'done') throw new Error(`seeding scan ${timeframe}: ${JSON.stringify(seeded)}`);
    }
    const nodeUrls = cluster.apiNodes.map((node) => node.url);
    const processes = [
      { name: 'node1', url: nodeUrls[0] },
      { name: 'node2', url: nodeUrls[1] },
      { name: 'worker', url: cluster.worker.url },
    ];
    const group = await connectClientGroup(nodeUrls, cluster.accessToken, options.clients, options.clientProcesses);
    try {
      const durationMs = options.minutes * 60_000;
      const warmUpMs = options.warmUpSeconds * 1000;
      progress(`soak: ${options.warmUpSeconds} s warm-up + ${options.minutes} min, ${options.restRatePerNode} REST reads/s per node, ${options.clients} clients, ${options.burstSignals} signals and a scan every 10 s`);
      const loadStart = performance.now();
      const start = loadStart + warmUpMs;
      const end = start + durationMs;
      const rest = measuredLoad('soak: REST reads', nodeUrls, { headers: cluster.headers, paths: PATHS, connections: 4, durationSeconds: (warmUpMs + durationMs) / 1000, overallRate: options.restRatePerNode }, []);

      const memory = new Map<string, MemorySeries>(processes.map((target) => [target.name, { rss: [], heapUsed: [] }]));
      let lastConnections: number | null = null;
      const sampling = (async () => {
        for (let at = start; at <= end + 1; at += TICK_MS) {
          await sleepUntil(at);
          const samples = await Promise.all(processes.map((target) => sampleProcess(target.url)));
          const atMs = Math.round(performance.now() - start);
          samples.forEach((sample, i) => {
            const series = memory.get(processes[i].name);
            series?.rss.push({ atMs, bytes: sample.rssBytes });
            series?.heapUsed.push({ atMs, bytes: sample.heapUsedBytes });
          });
          lastConnections = samples.reduce((sum, sample) => sum + (sample.websocketConnections ?? 0), 0);
        }
      })();

      const newSignal = benchSignalFactory();
      const bursts: GroupReceipts[] = [];
      let lateBursts = 0;
      const bursting = (async () => {
        // Half a tick after each sample, so a sample never lands in the middle of a burst's fan-out.
        for (let at = loadStart + TICK_MS / 2; at < end; at += TICK_MS) {
          if (performance.now() > at + TICK_MS / 2) lateBursts++;
          await sleepUntil(at);
          bursts.push(await group.receipts(await publisher.burst(Array.from({ length: options.burstSignals }, newSignal)), options.idleMs, true));
        }
      })();

      const scans: ScanOutcome[] = [];
      const scanning = (async () => {
        for (let at = loadStart; at < end; at += TICK_MS) {
          await sleepUntil(at);
          // One at a time, alternating nodes: a scan still running when the next is due delays it instead of piling up.
          scans.push(await scanAndWait(nodeUrls[scans.length % nodeUrls.length], cluster.headers, SCAN_SYMBOLS, '1m'));
        }
      })();

      const [restLoad] = await Promise.all([rest, sampling, bursting, scanning]);
      const expected = options.clients * options.burstSignals * bursts.length;
      const delivered = bursts.reduce((sum, burst) => sum + burst.delivered, 0);
      const lastBurst = bursts.at(-1);
      const latency = latencySummary(bursts.flatMap((burst) => burst.latencyParts));
      const memoryFigures: Record<string, object> = {};
      let memoryFlat = true;
      for (const [name, series] of memory) {
        const rss = memoryTrend(series.rss, LIMIT_PERCENT);
        const heapUsed = memoryTrend(series.heapUsed, LIMIT_PERCENT);
        memoryFlat &&= rss.flat && heapUsed.flat;
        memoryFigures[name] = {
          rss,
          heapUsed,
          rssMiB: series.rss.map((sample) => round(sample.bytes / MIB, 1)),
          heapUsedMiB: series.heapUsed.map((sample) => round(sample.bytes / MIB, 1)),
        };
      }
      const scanFailures = scans.filter((scan) => scan.status !== 'done').length + scans.reduce((sum, scan) => sum + scan.failed, 0);
      const lost = expected - delivered;
      const duplicates = lastBurst?.duplicates ?? 0;
      return {
        minutes: options.minutes,
        warmUpSeconds: options.warmUpSeconds,
        sampleEverySeconds: TICK_MS / 1000,
        memory: memoryFigures,
        memoryLimitPercent: LIMIT_PERCENT,
        memoryFlat,
        rest: { ratePerNode: options.restRatePerNode, ...restLoad },
        websocket: {
          clients: options.clients,
          connectedAtEnd: lastConnections,
          bursts: bursts.length,
          lateBursts,
          signalsPerBurst: options.burstSignals,
          expectedDeliveries: expected,
          delivered,
          lost,
          duplicates,
          closedByServer: lastBurst?.closedByServer ?? {},
          scanSignalDeliveries: lastBurst?.otherSignals ?? 0,
          p50Ms: latency.p50Ms,
          p99Ms: latency.p99Ms,
          maxMs: latency.maxMs,
        },
        scans: {
          symbols: SCAN_SYMBOLS.length,
          timeframe: '1m',
          runs: scans.length,
          failures: scanFailures,
          p50Ms: latencySummary([Float64Array.from(scans, (scan) => scan.durationMs)]).p50Ms,
          maxMs: latencySummary([Float64Array.from(scans, (scan) => scan.durationMs)]).maxMs,
        },
        zeroErrors: restLoad.errors === 0 && scanFailures === 0 && lost === 0 && duplicates === 0,
        meetsTarget: memoryFlat && restLoad.errors === 0 && scanFailures === 0 && lost === 0 && duplicates === 0,
      };
    } finally {
      await group.close();
    }
  } finally {
    publisher.close();
    await cluster.stop();
  }
}
