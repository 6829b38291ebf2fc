import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signInAsFirstAccount } from './sign-in.js';

/** A `goldensignals serve` process started for a benchmark. */
export interface ServerProcess {
  readonly url: string;
  /** Its process id (to put it under a CPU budget). */
  readonly pid: number;
  /** Headers authenticating as the server's first (admin) account, created at start. */
  readonly headers: Record<string, string>;
  /** Stops it (SIGTERM, graceful) and removes its data; calling again waits for the same stop. */
  stop(): Promise<void>;
}

const CLI = fileURLToPath(new URL('../../../packages/cli/dist/main.js', import.meta.url));

/**
 * Starts the real server (`goldensignals serve`, embedded PGlite in a fresh folder, the simulator as
 * the only provider, no scheduler, signed in as its first account) in its own process, so the load generator does not share its CPU
 * time or event loop, and resolves with its URL once it listens.
 */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-bench-'));
  // GS_BENCH_PROFILE_DIR: a CPU profile of the server, as of the cluster bench's nodes.
  const profile = process.env.GS_BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.GS_BENCH_PROFILE_DIR}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, CLI, 'serve', '--port', '0', '--no-schedule'], {
    // The bench measures the API, not the rate limiter's refusals: its one account may send as much as it can.
    env: { ...process.env, DATA_DIR: dataDir, MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'warn', RATE_LIMIT_AUTHENTICATED: '100000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
  let stopped: Promise<void> | undefined;
  const headers = await signInAsFirstAccount(url);
  if (child.pid === undefined) throw new Error('the server process has no pid');
  return {
    url,
    pid: child.pid,
    headers,
    // Idempotent: a section may stop the server early to free the CPU and again in its `finally`.
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      });
      return stopped;
    },
  };
}
