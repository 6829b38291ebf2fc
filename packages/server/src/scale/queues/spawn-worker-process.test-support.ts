import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./worker-process.test-support.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

// The child runs the TypeScript sources as the tests do: Vite (which vitest is built on) transforms them, with the
// workspace's `source` condition, so no build is needed. Node 20 cannot strip types by itself.
const BOOTSTRAP = `
import { createServer } from 'vite';
const vite = await createServer({
  configFile: false, root: ${JSON.stringify(REPO_ROOT)}, logLevel: 'error', appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
  resolve: { conditions: ['source'] }, ssr: { resolve: { conditions: ['source'] } },
});
await vite.ssrLoadModule(${JSON.stringify(ENTRY)});
`;

/** A worker child process of the fault tests. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  /** What it wrote, stdout and stderr together (for failure messages). */
  output(): string;
  /** Resolves when its job workers are running; rejects if it exits first. */
  readonly ready: Promise<void>;
  /** `kill -9`: no goodbye, locks left to expire, as a crashed or unplugged machine. Resolves when it is gone. */
  kill(): Promise<void>;
}

/**
 * Starts `createWorker` in a child process on the tests' PostgreSQL schema and Redis prefix. `env` holds the
 * worker's config (see `workerEnv`) and the entry's settings: GS_TEST_SCHEMA, GS_TEST_KEY_PREFIX, GS_TEST_NOW,
 * GS_TEST_BARS_DELAY_MS.
 */
export function spawnWorkerProcess(env: Readonly<Record<string, string>>): WorkerProcess {
  const child = spawn(process.execPath, ['--input-type=module', '-e', BOOTSTRAP], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (output.includes('worker ready')) resolve();
    });
    void exited.then(() => reject(new Error(`the worker process exited before it was ready:\n${output}`)));
  });
  return {
    child,
    output: () => output,
    ready,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
