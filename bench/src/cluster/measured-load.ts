import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { progress, round } from '../measure.js';
import type { LoadRequest, LoadResult } from './cluster-messages.js';
import { latencySummary } from './latency-summary.js';
import { busyPercent, cpuSnapshot } from './machine-load.js';
import { sampleProcess } from './process-metrics.js';
import { runLoads } from './run-loads.js';
import { serviceCpu, serviceCpuUsed } from './service-cpu.js';

/** Services every request also uses, whose CPU is reported next to the nodes'. */
const SERVICES = ['redis-server', 'postgres'];

/** A process whose CPU use is reported next to a load run (read from its `/metrics`). */
export interface WatchedProcess {
  readonly name: string;
  readonly url: string;
}

/** The figures of one load run over one or more nodes. */
export interface MeasuredLoad {
  readonly nodes: number;
  readonly connectionsPerNode: number;
  readonly durationSeconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** Socket errors and timeouts plus non-2xx answers; must be 0. */
  readonly errors: number;
  readonly socketErrors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly perNode: readonly { readonly requestsPerSecond: number; readonly p99Ms: number }[];
  /**
   * Where the CPU went during the run: cores used by each process (nodes and worker from their /metrics, load
   * generators, Redis and PostgreSQL from /proc, the rest unattributed), and how busy the whole machine was.
   */
  readonly cpu: {
    readonly machineBusyPercent: number;
    readonly coresUsed: Readonly<Record<string, number>>;
    readonly loadAverage1mAfter: number;
  };
}

function requestsPerSecond(result: LoadResult): number {
  return result.durationSeconds > 0 ? result.requests / result.durationSeconds : 0;
}

/**
 * Runs autocannon against each URL at once (a load process per URL, so two nodes get two load generators), and
 * reports the summed throughput, the percentiles over every response, the errors, and the CPU each process used.
 */
export async function measuredLoad(label: string, urls: readonly string[], request: Omit<LoadRequest, 'type' | 'url'>, watched: readonly WatchedProcess[]): Promise<MeasuredLoad> {
  progress(`${label}: ${urls.length} node(s), ${request.connections} connections each, ${request.durationSeconds} s`);
  const cpuBefore = await Promise.all(watched.map((target) => sampleProcess(target.url)));
  const machineBefore = cpuSnapshot();
  const servicesBefore = serviceCpu(SERVICES);
  const started = performance.now();
  const results = await runLoads(urls.map((url) => ({ ...request, url })));
  const wallSeconds = (performance.now() - started) / 1000;
  const machineAfter = cpuSnapshot();
  const servicesUsed = serviceCpuUsed(servicesBefore, serviceCpu(SERVICES));
  const cpuAfter = await Promise.all(watched.map((target) => sampleProcess(target.url)));
  const coresUsed: Record<string, number> = {};
  watched.forEach((target, i) => (coresUsed[target.name] = round((cpuAfter[i].cpuSeconds - cpuBefore[i].cpuSeconds) / wallSeconds)));
  results.forEach((result, i) => (coresUsed[`loadGenerator${i + 1}`] = round(result.cpuMs / 1000 / wallSeconds)));
  for (const [name, seconds] of Object.entries(servicesUsed)) coresUsed[`${name} (all on the machine)`] = round(seconds / wallSeconds);
  // Busy time of the machine not named above: the bench process itself, and whatever else runs on the machine.
  const machineCores = (machineAfter.busyMs - machineBefore.busyMs) / 1000 / wallSeconds;
  coresUsed.unattributed = round(Math.max(0, machineCores - Object.values(coresUsed).reduce((sum, cores) => sum + cores, 0)));
  const latency = latencySummary(results.map((result) => result.responseTimesMs));
  const socketErrors = results.reduce((sum, result) => sum + result.errors, 0);
  const non2xx = results.reduce((sum, result) => sum + result.non2xx, 0);
  return {
    nodes: urls.length,
    connectionsPerNode: request.connections,
    durationSeconds: request.durationSeconds,
    requests: results.reduce((sum, result) => sum + result.requests, 0),
    requestsPerSecond: round(results.reduce((sum, result) => sum + requestsPerSecond(result), 0), 0),
    errors: socketErrors + non2xx,
    socketErrors,
    timeouts: results.reduce((sum, result) => sum + result.timeouts, 0),
    non2xx,
    p50Ms: latency.p50Ms,
    p95Ms: latency.p95Ms,
    p99Ms: latency.p99Ms,
    maxMs: latency.maxMs,
    perNode: results.map((result) => ({ requestsPerSecond: round(requestsPerSecond(result), 0), p99Ms: latencySummary([result.responseTimesMs]).p99Ms })),
    cpu: { machineBusyPercent: busyPercent(machineBefore, machineAfter), coresUsed, loadAverage1mAfter: round(loadavg()[0]) },
  };
}
