/** Runs every benchmark and prints one JSON document to stdout; progress goes to stderr. */
const results: Record<string, unknown> = {
  machine: { node: process.version, platform: process.platform, arch: process.arch },
};
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
