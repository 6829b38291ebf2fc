import type { Command } from 'commander';
import { vi } from 'vitest';
import { createProgram } from './create-program.js';

/** What a CLI run printed and how it ended. */
export interface CliRun {
  stdout: string;
  stderr: string;
  /** The error the run ended with (commander's own for usage errors and --help), if any. */
  error?: Error;
}

function configure(command: Command, out: string[], err: string[]): void {
  command.exitOverride();
  command.configureOutput({ writeOut: (text) => out.push(text), writeErr: (text) => err.push(text), outputError: (text) => err.push(text) });
  for (const sub of command.commands) configure(sub, out, err);
}

/** Runs `goldensignals <args>` in this process, capturing stdout and stderr. */
export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const program = createProgram();
  configure(program, out, err);
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  });
  try {
    await program.parseAsync(['node', 'goldensignals', ...args]);
    return { stdout: out.join(''), stderr: err.join('') };
  } catch (error) {
    return { stdout: out.join(''), stderr: err.join(''), error: error instanceof Error ? error : new Error(String(error)) };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}
