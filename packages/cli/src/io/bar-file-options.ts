import {
  isTimeframe,
  TIMEFRAMES,
  type CsvDelimiter,
  type InvalidRowPolicy,
  type ParseBarsOptions,
} from '@goldensignals/engine';
import { InvalidArgumentError, Option, type Command } from 'commander';

/** The reader options as commander hands them over (after the parsers below). */
export interface BarFileCommandOptions {
  readonly symbol?: string;
  readonly timeframe?: ParseBarsOptions['timeframe'];
  readonly invalidRows?: InvalidRowPolicy;
  readonly sort?: boolean;
  readonly skipLines?: number;
  readonly timeColumn?: string;
  readonly delimiter?: CsvDelimiter;
}

const DELIMITERS_BY_NAME: ReadonlyMap<string, CsvDelimiter> = new Map([
  [',', ','],
  ['comma', ','],
  ['tab', '\t'],
  ['\\t', '\t'],
  [';', ';'],
  ['semicolon', ';'],
]);

/**
 * Adds the bar-file reader options to a command (`--symbol`, `--timeframe`, `--invalid-rows`,
 * `--sort`, `--skip-lines`, `--time-column`, `--delimiter`), so every command that reads bars spells
 * them the same way the reader's messages do.
 */
export function addBarFileOptions(command: Command): Command {
  return command
    .addOption(new Option('--symbol <symbol>', 'symbol of a single-symbol file, or the one symbol to read from a multi-symbol file'))
    .addOption(new Option('--timeframe <timeframe>', 'timeframe of the bars (default: inferred from their spacing)').argParser(parseTimeframeOption))
    .addOption(new Option('--invalid-rows <policy>', 'what to do with invalid rows').choices(['error', 'skip']).default('error'))
    .addOption(new Option('--sort', 'sort rows that are out of time order (newest-first files) instead of rejecting them'))
    .addOption(new Option('--skip-lines <count>', 'lines before the header to skip (such as a URL line)').argParser(parseSkipLines))
    .addOption(new Option('--time-column <name>', 'the column holding bar times, when the automatic choice is wrong'))
    .addOption(new Option('--delimiter <delimiter>', 'field delimiter: comma, tab or semicolon (default: detected)').argParser(parseDelimiter));
}

/** The command's options as {@link ParseBarsOptions} (unset ones left out, so the reader's defaults apply). */
export function parseBarsOptionsFrom(options: BarFileCommandOptions): ParseBarsOptions {
  return {
    ...(options.symbol !== undefined && { symbol: options.symbol }),
    ...(options.timeframe !== undefined && { timeframe: options.timeframe }),
    ...(options.invalidRows !== undefined && { invalidRows: options.invalidRows }),
    ...(options.sort !== undefined && { sort: options.sort }),
    ...(options.skipLines !== undefined && { skipLines: options.skipLines }),
    ...(options.timeColumn !== undefined && { timeColumn: options.timeColumn }),
    ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
  };
}

function parseTimeframeOption(value: string): ParseBarsOptions['timeframe'] {
  if (isTimeframe(value)) return value;
  throw new InvalidArgumentError(`timeframe must be one of ${TIMEFRAMES.join(', ')}, got "${value}"`);
}

function parseSkipLines(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(count)) throw new InvalidArgumentError(`skip-lines must be an integer >= 0, got "${value}"`);
  return count;
}

function parseDelimiter(value: string): CsvDelimiter {
  const delimiter = DELIMITERS_BY_NAME.get(value.toLowerCase());
  if (delimiter === undefined) throw new InvalidArgumentError(`delimiter must be comma, tab or semicolon, got "${value}"`);
  return delimiter;
}
