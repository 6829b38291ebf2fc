import { ENGINE_VERSION, trainSequenceModel } from '@goldensignals/engine';
import { Command } from 'commander';
import { agentsCommand } from './commands/agents-command.js';
import { backtestCommand } from './commands/backtest-command.js';
import { evaluateCommand } from './commands/evaluate-command.js';
import { importCommand } from './commands/import-command.js';
import { exportCommand } from './commands/export-command.js';
import { indicatorsCommand } from './commands/indicators-command.js';
import { optimizeCommand } from './commands/optimize-command.js';
import { scanCommand } from './commands/scan-command.js';
import { trainCommand } from './commands/train-command.js';
import { sentimentCommand } from './commands/sentiment-command.js';
import { serveCommand } from './commands/serve-command.js';
import { workerCommand } from './commands/worker-command.js';
import { signalCommand } from './commands/signal-command.js';
import { walkForwardCommand } from './commands/walk-forward-command.js';

/** The `goldensignals` command with every subcommand registered. */
export function createProgram(): Command {
  const program = new Command('goldensignals')
    .description('GoldenSignals: trading signals from 30+ agents and an accuracy-weighted consensus')
    .version(ENGINE_VERSION)
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  program.addCommand(serveCommand());
  program.addCommand(workerCommand());
  program.addCommand(indicatorsCommand());
  program.addCommand(signalCommand());
  program.addCommand(scanCommand());
  program.addCommand(agentsCommand());
  program.addCommand(backtestCommand());
  program.addCommand(optimizeCommand());
  program.addCommand(walkForwardCommand());
  program.addCommand(evaluateCommand());
  program.addCommand(sentimentCommand());
  program.addCommand(importCommand());
  program.addCommand(exportCommand());
  program.addCommand(trainCommand({ sequenceTrainer: trainSequenceModel }));
  return program;
}
