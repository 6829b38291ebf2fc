import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workerCommand } from './worker-command.js';

/** Runs `goldensignals worker <args>` in this process with `env` as the whole scale-out environment. */
async function runWorker(env: Record<string, string | undefined>, ...args: string[]): Promise<{ stdout: string; stderr: string; error?: Error }> {
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command('goldensignals').exitOverride().addCommand(workerCommand());
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({ writeOut: (text) => out.push(text), writeErr: (text) => err.push(text), outputError: (text) => err.push(text) });
  }
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  try {
    await program.parseAsync(['node', 'goldensignals', 'worker', ...args]);
    return { stdout: out.join(''), stderr: err.join('') };
  } catch (error) {
    return { stdout: out.join(''), stderr: err.join(''), error: error instanceof Error ? error : new Error(String(error)) };
  } finally {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  }
}

describe('goldensignals worker', () => {
  beforeEach(() => {
    process.exitCode = undefined;
  });
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('refuses to start without Redis and PostgreSQL, naming both and why, with exit code 2', async () => {
    const run = await runWorker({ REDIS_URL: undefined, DATABASE_URL: undefined, CONFIG_FILE: undefined });
    expect(run.error).toBeUndefined();
    expect(run.stderr).toBe(
      'goldensignals worker: a worker needs REDIS_URL and DATABASE_URL: it takes its jobs from Redis (REDIS_URL) and shares the PostgreSQL database (DATABASE_URL) with the API nodes; the embedded database cannot be shared between processes\n',
    );
    expect(process.exitCode).toBe(2);
  });

  it('names the one that is missing', async () => {
    const run = await runWorker({ REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_URL: undefined, CONFIG_FILE: undefined });
    expect(run.stderr).toMatch(/^goldensignals worker: a worker needs DATABASE_URL: /);
    expect(process.exitCode).toBe(2);
  });

  it('reports a bad setting as serve does', async () => {
    const run = await runWorker({ REDIS_URL: 'http://example.com', DATABASE_URL: undefined, CONFIG_FILE: undefined });
    expect(run.stderr).toContain('REDIS_URL');
    expect(process.exitCode).toBe(2);
  });

  it('rejects a concurrency that is not an integer from 1 to 64', async () => {
    for (const value of ['0', '65', 'two']) {
      const run = await runWorker({}, '--concurrency', value);
      expect(run.stderr).toContain(`concurrency must be an integer from 1 to 64, got "${value}"`);
    }
  });
});
