import { indicatorThroughput } from './sections/indicator-throughput.js';
import { streamingMemory } from './sections/streaming-memory.js';
import { liveEngine } from './sections/live-engine.js';
import { singleSymbolLatency } from './sections/single-symbol-latency.js';
import { sp500Scan } from './sections/sp500-scan.js';
import { backtestSmaCross } from './sections/backtest-sma-cross.js';
import { backtestGrid } from './sections/backtest-grid.js';
import { backtestConsensus } from './sections/backtest-consensus.js';
import { httpApi } from './sections/http-api.js';
import { websocketFanOut } from './sections/websocket-fan-out.js';
import { dashboard } from './sections/dashboard.js';
import { sentiment } from './sections/sentiment.js';
import { retrieval } from './sections/retrieval.js';
import { alertFanOut } from './sections/alert-fan-out.js';
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { progress } from './measure.js';

/** Every benchmark section by name; `npm run bench -- <name> ...` runs a subset. */
const sections: Record<string, () => Promise<unknown> | unknown> = {
  indicators: indicatorThroughput,
  memory: streamingMemory,
  liveEngine,
  singleSymbol: singleSymbolLatency,
  scan: sp500Scan,
  backtestSmaCross,
  backtestGrid,
  backtestConsensus,
  httpApi,
  websocketFanOut,
  dashboard,
  sentiment,
  retrieval,
  alerts: alertFanOut,
};

const CHILD_FLAG = '--child';

/**
 * Runs one section in a fresh Node process (same flags, e.g. --expose-gc) and returns its result.
 * A section then starts from a clean heap and a cold JIT whatever ran before it: the indicator
 * section leaves hundreds of MB of leaked library state behind, which would otherwise slow the
 * garbage collector, and so the figures, of every later section.
 */
function runInChild(name: string): unknown {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), CHILD_FLAG, name], {
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`bench section ${name} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.toString()) as unknown;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === CHILD_FLAG) {
    const section = sections[args[1]];
    process.stdout.write(JSON.stringify(await section()));
    return;
  }
  const unknown = args.filter((name) => !(name in sections));
  if (unknown.length > 0) {
    throw new Error(`unknown bench section(s) ${unknown.join(', ')}; known: ${Object.keys(sections).join(', ')}`);
  }
  const chosen = args.length > 0 ? args : Object.keys(sections);
  const results: Record<string, unknown> = {
    machine: { node: process.version, platform: process.platform, arch: process.arch, cpus: cpus().length },
  };
  for (const name of chosen) {
    progress(`${name} ...`);
    results[name] = runInChild(name);
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
