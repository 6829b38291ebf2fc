import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, loadConfig } from '@goldensignals/server';
import type { SteppedClockReply, SteppedClockRequest } from './stepped-clock-messages.js';

/**
 * The real server (embedded PGlite in a fresh folder, simulator data, no scheduler) on a clock the bench moves:
 * `node stepped-clock-server.js <start epoch ms>`, then IPC `{ type: 'step', ms }` advances it. A bench can so close
 * a new bar for every symbol whenever it wants, without waiting an hour of wall time. Access tokens last a day of
 * that clock, so the bench's stays valid over its steps.
 */

function reply(message: SteppedClockReply): void {
  if (process.send === undefined) throw new Error('stepped-clock-server must run as a child process with IPC');
  process.send(message);
}

async function main(): Promise<void> {
  const start = Number(process.argv[2]);
  if (!Number.isFinite(start)) throw new Error('usage: stepped-clock-server <start epoch ms>');
  let clock = start;
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-bench-clock-'));
  const config = loadConfig({ env: { DATA_DIR: dataDir, MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', RATE_LIMIT_AUTHENTICATED: '100000000', ACCESS_TOKEN_TTL: '86400' } });
  // The built dashboard, so browser benches can load it from this server.
  const webRoot = fileURLToPath(new URL('../../../packages/web/dist', import.meta.url));
  const server = await createServer(config, { schedule: false, now: () => clock, webRoot });
  const url = await server.start();
  process.on('message', (request: SteppedClockRequest) => {
    if (request.type === 'step') {
      clock += request.ms;
      reply({ type: 'stepped', now: clock });
    } else {
      void server.stop().then(() => process.disconnect());
    }
  });
  reply({ type: 'listening', url: url.replace('localhost', '127.0.0.1'), dataDir });
}

main().catch((error: unknown) => {
  process.stderr.write(`stepped-clock server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
