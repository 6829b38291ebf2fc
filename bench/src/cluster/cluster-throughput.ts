import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { progress, round } from '../measure.js';
import { startServerProcess } from '../http/server-process.js';
import { startBenchCluster } from './bench-cluster.js';
import { CpuBudget } from './cpu-budget.js';
import { measuredLoad, type MeasuredLoad } from './measured-load.js';
import { scanAndWait, type ScanOutcome } from './scan-and-wait.js';

/** Options of {@link clusterThroughput}. */
export interface ThroughputOptions {
  /** Length of each measured run, s (60 in the issue). */
  readonly durationSeconds: number;
  /** autocannon connections per node (20, as the single-node bench's flat-out run). */
  readonly connectionsPerNode: number;
  /** Also measure the embedded single server of the server issue's benchmark (PGlite, no Redis). */
  readonly embeddedReference: boolean;
  /**
   * CPU time each server process may use, cores (a cgroup quota per process: see cpu-budget.ts), or null for none.
   * With a budget every server gets the same CPU whether one or two run, as on machines of their own.
   */
  readonly nodeCpus: number | null;
}

/** The single-node bench's data and requests: 100 symbols signalled, then the two `latest` queries in turn. */
const SYMBOLS = Array.from({ length: 100 }, (_, i) => `SIM${String(i).padStart(3, '0')}`);
const PATHS = ['/api/v1/signals/latest?limit=20', '/api/v1/signals/latest?limit=20&symbols=SIM001,SIM002'];
const WARM_UP_SECONDS = 3;
const TARGET_RATIO = 2;

async function seed(url: string, headers: Record<string, string>, what: string): Promise<ScanOutcome> {
  progress(`throughput: signalling ${SYMBOLS.length} symbols (1d) on the ${what} through a scan`);
  const outcome = await scanAndWait(url, headers, SYMBOLS, '1d');
  if (outcome.status !== 'done' || outcome.completed !== SYMBOLS.length) throw new Error(`seeding the ${what}: scan ${JSON.stringify(outcome)}`);
  return outcome;
}

/** What one `latest` query answered. */
interface LatestAnswer {
  readonly items: number;
  readonly bytes: number;
}

/** The first path's answer: its signals and bytes, so the runs can be seen to serve the same payload. */
async function latestAnswer(url: string, headers: Record<string, string>): Promise<LatestAnswer> {
  const response = await fetch(`${url}${PATHS[0]}`, { headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${PATHS[0]}: HTTP ${response.status} ${body.slice(0, 200)}`);
  return { items: (JSON.parse(body) as { items: unknown[] }).items.length, bytes: Buffer.byteLength(body) };
}

/** Every node's answer once each serves the 20 latest signals; throws when one still does not after 5 s. */
async function servedByEveryNode(urls: readonly string[], headers: Record<string, string>): Promise<LatestAnswer[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const answers = await Promise.all(urls.map((url) => latestAnswer(url, headers)));
    if (answers.every((answer) => answer.items === 20)) return answers;
    if (Date.now() > deadline) throw new Error(`5 s after the worker's scan the nodes serve ${answers.map((answer) => answer.items).join(' and ')} of the 20 latest signals`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The embedded server's run and what it served. */
type EmbeddedReference = MeasuredLoad & { readonly latestAnswer: LatestAnswer; readonly seedScanMs: number };

async function embeddedSingleNode(options: ThroughputOptions, budget: CpuBudget | null): Promise<EmbeddedReference> {
  const server = await startServerProcess();
  try {
    const seeded = await seed(server.url, server.headers, 'embedded server');
    budget?.limit('embedded', server.pid);
    const request = { headers: server.headers, paths: PATHS, connections: options.connectionsPerNode };
    await measuredLoad('throughput warm-up (embedded)', [server.url], { ...request, durationSeconds: WARM_UP_SECONDS }, []);
    const load = await measuredLoad('throughput: embedded single server', [server.url], { ...request, durationSeconds: options.durationSeconds }, [{ name: 'embeddedServer', url: server.url }]);
    return { ...load, latestAnswer: await latestAnswer(server.url, server.headers), seedScanMs: seeded.durationMs };
  } finally {
    await server.stop();
  }
}

function limitsOf(oneNode: MeasuredLoad, twoNodes: MeasuredLoad, budget: CpuBudget | null): object {
  const cores = cpus().length;
  const busy = `the machine was ${twoNodes.cpu.machineBusyPercent}% busy during the two-node run (${oneNode.cpu.machineBusyPercent}% with one)`;
  return {
    cpus: cores,
    machineBusyPercent: { oneNode: oneNode.cpu.machineBusyPercent, twoNodes: twoNodes.cpu.machineBusyPercent },
    loadAverage1mAfter: { oneNode: oneNode.cpu.loadAverage1mAfter, twoNodes: twoNodes.cpu.loadAverage1mAfter },
    nodeCpuBudget: budget === null ? null : { coresPerServer: budget.cores, throttledSeconds: budget.throttledSeconds() },
    note:
      budget === null
        ? `${cores} cores are shared by every process of the run: the API nodes, the worker, the load generators (one per loaded node), Redis (one round trip per request for the shared rate limit) and PostgreSQL. ` +
          `A second node adds throughput only with an idle core to run on; ${busy}, so the ratio measures this box, not how the cluster scales over machines.`
        : `Each server process ran under a CPU quota of ${budget.cores} cores (a cgroup each), as on a machine of its own that size; the load generators, the worker, Redis and PostgreSQL used the CPU left over. ` +
          `Throttled seconds > 0 show a server used its whole quota; ${busy}. If the machine is near 100% busy the leftover CPU, not the nodes, limits the two-node run.`,
  };
}

/**
 * `GET /api/v1/signals/latest` flat out (autocannon closed loop, same paths, account and raised rate limit as the
 * single-node bench) against (a) one node of a 2-node cluster, then (b) both nodes at once, one load generator process
 * per node, throughputs added; optionally first the embedded single server the issue's ×2 target refers to. Every
 * server holds the same 100 signalled symbols (a scan, which a worker runs in the cluster, and which the nodes learn
 * of from the bus). With `nodeCpus` every server process runs under that CPU quota.
 */
export async function clusterThroughput(options: ThroughputOptions): Promise<object> {
  const budget = options.nodeCpus === null ? null : CpuBudget.create(options.nodeCpus, randomBytes(4).toString('hex'));
  try {
    const embedded = options.embeddedReference ? await embeddedSingleNode(options, budget) : null;
    const cluster = await startBenchCluster({ apiNodes: 2 });
    try {
      const seeded = await seed(cluster.apiNodes[0].url, cluster.headers, 'cluster (run by its worker)');
      const [first, second] = cluster.apiNodes;
      // The worker stored the signals; each node's newest-signals memory hears of them on the bus, a moment later.
      const latest = await servedByEveryNode(cluster.apiNodes.map((node) => node.url), cluster.headers);
      budget?.limit('node1', first.pid);
      budget?.limit('node2', second.pid);
      const request = { headers: cluster.headers, paths: PATHS, connections: options.connectionsPerNode };
      await measuredLoad('throughput warm-up (cluster)', [first.url, second.url], { ...request, durationSeconds: WARM_UP_SECONDS }, []);
      const watched = [
        { name: 'node1', url: first.url },
        { name: 'node2', url: second.url },
        { name: 'worker', url: cluster.worker.url },
      ];
      const oneNode = await measuredLoad('throughput: one node of the cluster', [first.url], { ...request, durationSeconds: options.durationSeconds }, watched);
      const twoNodes = await measuredLoad('throughput: both nodes of the cluster', [first.url, second.url], { ...request, durationSeconds: options.durationSeconds }, watched);
      const ratio = oneNode.requestsPerSecond > 0 ? round(twoNodes.requestsPerSecond / oneNode.requestsPerSecond) : 0;
      const overEmbedded = embedded === null || embedded.requestsPerSecond === 0 ? null : round(twoNodes.requestsPerSecond / embedded.requestsPerSecond);
      return {
        endpoint: 'GET /api/v1/signals/latest (limit=20, and limit=20&symbols=SIM001,SIM002, in turn), authenticated, rate limit 100,000,000/min (shared by the nodes through Redis)',
        nodeCpus: options.nodeCpus,
        embeddedSingleServer: embedded,
        oneNode: { ...oneNode, note: 'node1 loaded, node2 running idle' },
        twoNodes,
        twoNodesOverOneNode: ratio,
        twoNodesOverEmbedded: overEmbedded,
        targetRatio: TARGET_RATIO,
        latestAnswer: latest[0],
        seedScan: seeded,
        limits: limitsOf(oneNode, twoNodes, budget),
        meetsTarget: ratio >= TARGET_RATIO && (overEmbedded === null || overEmbedded >= TARGET_RATIO) && oneNode.errors === 0 && twoNodes.errors === 0,
        zeroErrors: oneNode.errors === 0 && twoNodes.errors === 0,
      };
    } finally {
      await cluster.stop();
    }
  } finally {
    budget?.release();
  }
}
