import { progress } from '../measure.js';
import { stopAllClusters } from './bench-cluster.js';
import { clusterBenchUsage, parseClusterBenchArgs, type ClusterSection } from './cluster-bench-args.js';
import { clusterFanOut } from './cluster-fan-out.js';
import { clusterSoak } from './cluster-soak.js';
import { clusterThroughput } from './cluster-throughput.js';
import { machineDescription } from './machine-load.js';

/**
 * `npm run bench:cluster -- [throughput|fanOut|soak ...] [flags]`: load, fan-out and soak of a real 2-node cluster
 * (API nodes and a worker from the built server, PostgreSQL and Redis on loopback). Prints one JSON object with every
 * figure and `meetsTarget` per section on stdout; progress goes to stderr. Not part of `npm test`.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stderr.write(`${clusterBenchUsage()}\n`);
    return;
  }
  const args = parseClusterBenchArgs(argv);
  const results: Record<string, unknown> = { machine: machineDescription(), options: { throughput: args.throughput, fanOut: args.fanOut, soak: args.soak } };
  const run: Record<ClusterSection, () => Promise<object>> = {
    throughput: () => clusterThroughput(args.throughput),
    fanOut: () => clusterFanOut(args.fanOut),
    soak: () => clusterSoak(args.soak),
  };
  for (const section of args.sections) {
    progress(`${section} ...`);
    results[section] = await run[section]();
  }
  results.meetsTarget = args.sections.every((section) => (results[section] as { meetsTarget?: unknown }).meetsTarget === true);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

// Ctrl-C: the cluster's processes stop with the bench anyway (their IPC channel closes); its schema and keys need this.
process.once('SIGINT', () => {
  progress('interrupted: stopping the cluster, dropping its schema and keys');
  void stopAllClusters().finally(() => process.exit(130));
});

main().then(
  // Sockets of failed child processes may linger; the JSON is out, so the bench ends here.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(`cluster bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
