import { generateSignal } from '@goldensignals/engine';
import { Command } from 'commander';
import { loadBars, singleSymbol } from '../input/load-bars.js';
import { addBarFileOptions, parseBarsOptionsFrom, type BarFileCommandOptions } from '../io/index.js';
import { formatSignal } from '../output/format-signal.js';

interface SignalCommandOptions extends BarFileCommandOptions {
  readonly json?: boolean;
  readonly learn: boolean;
}

/** `goldensignals signal <file>`: the signal for the last bar of a series. */
export function signalCommand(): Command {
  const command = new Command('signal')
    .description('compute the signal for the last bar of a bar file (all agents, accuracy-weighted consensus, risk)')
    .argument('<file>', 'CSV/TSV bar file, optionally gzip-compressed')
    .option('--json', 'print the signal as JSON (the shape the API uses)')
    .option('--no-learn', 'skip learning agent weights from the series itself (equal weights)')
    .action(async (file: string, options: SignalCommandOptions) => {
      const parsed = await loadBars(file, parseBarsOptionsFrom(options));
      const { series } = singleSymbol(parsed, file);
      const signal = generateSignal(series, { learn: options.learn });
      process.stdout.write(options.json ? `${JSON.stringify(signal, null, 2)}\n` : `${formatSignal(signal)}\n`);
    });
  return addBarFileOptions(command);
}
