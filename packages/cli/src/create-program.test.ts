import { describe, expect, it } from 'vitest';
import { createProgram } from './create-program.js';
import { runCli } from './run-cli.test-support.js';

describe('goldensignals command', () => {
  const subcommands = createProgram().commands.map((command) => command.name());

  it('has the engine subcommands', () => {
    expect(subcommands).toEqual(expect.arrayContaining(['serve', 'indicators', 'signal', 'scan']));
  });

  it.each(subcommands)('prints help for %s', async (name) => {
    const run = await runCli(name, '--help');
    expect(run.stdout).toContain(`Usage: goldensignals ${name}`);
    expect(run.error?.message).toContain('(outputHelp)');
  });

  it('names an unknown subcommand', async () => {
    const run = await runCli('sginal');
    expect(run.stderr).toContain("unknown command 'sginal'");
  });
});
