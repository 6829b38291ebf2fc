import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/**
 * Starts one of this folder's scripts (`name` without `.js`) as a child process with IPC. `advanced` serialization
 * carries typed arrays (response times, latencies) as bytes instead of JSON text. The child gets none of the bench's
 * Node flags.
 */
export function forkScript(name: string, args: readonly string[] = [], env: Readonly<Record<string, string>> = {}): ChildProcess {
  const script = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  return fork(script, [...args], { execArgv: name === 'cluster-node' && process.env.GS_BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.GS_BENCH_PROFILE_DIR}`] : [], env: { ...process.env, ...env }, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** The child's next IPC message; rejects if it exits first. */
export function nextMessage<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      child.off('message', onMessage);
      reject(new Error(`${what} exited (${code ?? signal}) before answering`));
    };
    const onMessage = (message: T): void => {
      child.off('exit', onExit);
      resolve(message);
    };
    child.once('exit', onExit);
    child.once('message', onMessage);
  });
}

/** Waits up to `graceMs` for the child to exit by itself (it was asked to), then kills it. */
export async function awaitExit(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
