import { Command } from 'commander';
import { indicatorsCsv } from '../indicators/indicators-csv.js';
import { INDICATOR_COLUMNS } from '../indicators/indicator-columns.js';
import { loadBars, singleSymbol } from '../input/load-bars.js';
import { addBarFileOptions, parseBarsOptionsFrom, type BarFileCommandOptions } from '../io/index.js';
import { writeChunks } from '../output/write-chunks.js';

/** `goldensignals indicators <file>`: the standard indicator table as CSV on stdout. */
export function indicatorsCommand(): Command {
  const command = new Command('indicators')
    .description('print the standard indicators of a bar file as CSV (TA-Lib conventions; empty while warming up)')
    .argument('<file>', 'CSV/TSV bar file, optionally gzip-compressed')
    .addHelpText('after', `\nColumns: Date,${INDICATOR_COLUMNS.map((c) => c.column).join(',')}`)
    .action(async (file: string, options: BarFileCommandOptions) => {
      const parsed = await loadBars(file, parseBarsOptionsFrom(options));
      const { series, labels } = singleSymbol(parsed, file);
      await writeChunks(process.stdout, indicatorsCsv(series, labels));
    });
  return addBarFileOptions(command);
}
