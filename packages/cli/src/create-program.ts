import { ENGINE_VERSION } from '@goldensignals/engine';
import { Command } from 'commander';
import { serveCommand } from './commands/serve-command.js';

/** The `goldensignals` command with every subcommand registered. */
export function createProgram(): Command {
  const program = new Command('goldensignals')
    .description('GoldenSignals: trading signals from 30+ agents and an accuracy-weighted consensus')
    .version(ENGINE_VERSION)
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  program.addCommand(serveCommand());
  return program;
}
