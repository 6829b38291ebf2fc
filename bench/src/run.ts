import { indicatorThroughput } from './sections/indicator-throughput.js';
import { streamingMemory } from './sections/streaming-memory.js';
import { liveEngine } from './sections/live-engine.js';
import { singleSymbolLatency } from './sections/single-symbol-latency.js';
import { sp500Scan } from './sections/sp500-scan.js';
import { progress } from './measure.js';

/** Every benchmark section by name; `npm run bench -- <name> ...` runs a subset. */
const sections: Record<string, () => Promise<unknown> | unknown> = {
  indicators: indicatorThroughput,
  memory: streamingMemory,
  liveEngine,
  singleSymbol: singleSymbolLatency,
  scan: sp500Scan,
};

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !(name in sections));
  if (unknown.length > 0) {
    throw new Error(`unknown bench section(s) ${unknown.join(', ')}; known: ${Object.keys(sections).join(', ')}`);
  }
  const chosen = requested.length > 0 ? requested : Object.keys(sections);
  const results: Record<string, unknown> = {
    machine: { node: process.version, platform: process.platform, arch: process.arch, cpus: (await import('node:os')).cpus().length },
  };
  for (const name of chosen) {
    progress(`${name} ...`);
    results[name] = await sections[name]();
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
