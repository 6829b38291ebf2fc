import { Command } from 'commander';
import { vi } from 'vitest';

/** What a command run printed and how it ended. */
export interface CommandRun {
  stdout: string;
  stderr: string;
  error?: Error;
}

function configure(command: Command, out: string[], err: string[]): void {
  command.exitOverride();
  command.configureOutput({ writeOut: (text) => out.push(text), writeErr: (text) => err.push(text), outputError: (text) => err.push(text) });
  for (const sub of command.commands) configure(sub, out, err);
}

/**
 * Runs `goldensignals <args>` with only the given subcommand registered, capturing stdout and stderr
 * (the optimise commands are wired into createProgram by the lead; this keeps their tests independent of it).
 */
export async function runCommand(command: Command, ...args: string[]): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command('goldensignals').addCommand(command);
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
