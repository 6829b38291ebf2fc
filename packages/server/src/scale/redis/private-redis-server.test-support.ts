import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Why a private `redis-server` cannot be started here (the binary is missing), or `null`. */
export function redisServerProblem(): string | null {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined) return `redis-server cannot be run: ${probe.error.message}`;
  return probe.status === 0 ? null : `redis-server --version exited with ${String(probe.status)}`;
}

/** A TCP port nobody listens on right now (the OS picks it; Redis refuses `--port 0`). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port assigned'))));
    });
  });
}

/**
 * A `redis-server` child process of the test, on its own port, persisting nothing, that a test may kill and start
 * again on the same port, to see nodes live through a Redis restart without touching the machine's Redis.
 */
export class PrivateRedisServer {
  #process: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  /** Starts a server on a free port; resolves once it accepts connections. */
  static async start(): Promise<PrivateRedisServer> {
    const server = new PrivateRedisServer(await freePort());
    await server.restart();
    return server;
  }

  /** `redis://127.0.0.1:<port>`. */
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Kills the server with SIGKILL (no goodbye to its clients, like a crash); resolves once it has exited. */
  async kill(): Promise<void> {
    const child = this.#process;
    this.#process = null;
    if (child === null || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** Starts the server again on the same port (empty: nothing is persisted); resolves once it accepts connections. */
  async restart(): Promise<void> {
    await this.kill();
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
    this.#process = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => fail(new Error(`redis-server on port ${this.port} did not start within 10 s: ${output}`)), 10_000);
      const fail = (error: Error): void => {
        clearTimeout(timer);
        reject(error);
      };
      child.once('error', fail);
      child.once('exit', (code) => fail(new Error(`redis-server on port ${this.port} exited with ${String(code)}: ${output}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve();
        }
      });
    });
  }

  /** Stops the server for good. */
  async stop(): Promise<void> {
    await this.kill();
  }
}
