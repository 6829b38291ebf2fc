import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

// The child runs the TypeScript sources as the tests do (as `spawnWorkerProcess` of the queue tests does): Vite, which
// vitest is built on, transforms them with the workspace's `source` condition, so no build is needed. Node 20 cannot
// strip types by itself.
function bootstrap(entry: string): string {
  return `
import { createServer } from 'vite';
const vite = await createServer({
  configFile: false, root: ${JSON.stringify(REPO_ROOT)}, logLevel: 'error', appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
  resolve: { conditions: ['source'] }, ssr: { resolve: { conditions: ['source'] } },
});
await vite.ssrLoadModule(${JSON.stringify(entry)});
`;
}

/** What a test process's entry sends its parent over IPC once it serves: the URL of its HTTP side. */
export interface ReadyMessage {
  readonly type: 'ready';
  readonly url: string;
}

/** How a child process ended. */
export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A node of a cluster test (an API node or a worker) running in a child process. */
export interface TestProcess {
  readonly child: ChildProcess;
  /** What it wrote, stdout and stderr together (for failure messages). */
  output(): string;
  /** Resolves to its URL once it serves; rejects if it exits first. */
  readonly ready: Promise<string>;
  /** Resolves when it has exited, however it ended. */
  readonly exited: Promise<ProcessExit>;
  /** True until it has exited. */
  readonly running: boolean;
  /** Graceful stop (SIGTERM: the entry stops its node, then exits 0); SIGKILL after `timeoutMs`. Resolves to how it ended. */
  stop(timeoutMs?: number): Promise<ProcessExit>;
  /** `kill -9`: no goodbye, as a crashed or unplugged machine. Resolves when it is gone. */
  kill(): Promise<ProcessExit>;
}

/**
 * Runs the TypeScript module `entry` in a child process with `env` added to this process's environment and an IPC
 * channel, over which the entry reports `{ type: 'ready', url }` (see {@link ReadyMessage}).
 */
export function spawnTestProcess(entry: string, env: Readonly<Record<string, string>>): TestProcess {
  const child = spawn(process.execPath, ['--input-type=module', '-e', bootstrap(entry)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let running = true;
  const exited = new Promise<ProcessExit>((resolve) =>
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    }),
  );
  const ready = new Promise<string>((resolve, reject) => {
    child.on('message', (message: unknown) => {
      if (isReadyMessage(message)) resolve(message.url);
    });
    void exited.then((exit) => reject(new Error(`the process of ${entry} exited (${describeExit(exit)}) before it was ready:\n${output}`)));
  });
  // A test that never awaits `ready` (it failed earlier) must not leave an unhandled rejection behind.
  ready.catch(() => undefined);
  const kill = async (): Promise<ProcessExit> => {
    if (running) child.kill('SIGKILL');
    return exited;
  };
  return {
    child,
    output: () => output,
    ready,
    exited,
    get running() {
      return running;
    },
    async stop(timeoutMs = 15_000) {
      if (!running) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => void kill(), timeoutMs);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
    kill,
  };
}

/** `exit code 0` or `signal SIGKILL`. */
export function describeExit(exit: ProcessExit): string {
  return exit.signal === null ? `exit code ${String(exit.code)}` : `signal ${exit.signal}`;
}

function isReadyMessage(message: unknown): message is ReadyMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready' && typeof (message as { url?: unknown }).url === 'string';
}
