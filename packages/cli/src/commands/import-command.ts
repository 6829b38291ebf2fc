import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { isTimeframe, TIMEFRAMES } from '@goldensignals/engine';
import { CONFIG_KEYS } from '@goldensignals/server';
import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageErrorCommand } from '../backtest/usage-error-command.js';

/** The server when neither --url nor GOLDENSIGNALS_URL names one: a server started here with its default port. */
const DEFAULT_URL = `http://127.0.0.1:${CONFIG_KEYS.port.defaultValue}`;
/** Largest file the server takes per import. */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b] as const;

interface ServerOptions {
  readonly url: string;
  readonly apiKey?: string;
  readonly json?: boolean;
}

interface BarImportOptions extends ServerOptions {
  readonly symbol: string;
  readonly timeframe: string;
}

interface BarImportAnswer {
  readonly symbol: string;
  readonly timeframe: string;
  readonly rows: number;
  readonly inserted: number;
  readonly replaced: number;
  readonly first: string;
  readonly last: string;
  readonly warnings: readonly string[];
}

interface WatchlistImportAnswer {
  readonly watchlists: readonly { readonly name: string; readonly symbols: readonly string[]; readonly created: boolean; readonly added: number }[];
  readonly skipped: readonly { readonly line: number; readonly value: string; readonly reason: string }[];
}

function parseTimeframe(value: string): string {
  if (!isTimeframe(value)) throw new InvalidArgumentError(`expected one of ${TIMEFRAMES.join(', ')}, got "${value}"`);
  return value;
}

function parseSymbol(value: string): string {
  if (!/^[A-Za-z0-9.\-=^/]{1,20}$/.test(value)) throw new InvalidArgumentError(`expected a ticker (letters, digits and . - = ^ /, up to 20 characters), got "${value}"`);
  return value.toUpperCase();
}

/** The file's bytes as the server takes them: gunzipped when it starts like gzip, refused when too large to send. */
async function readUpload(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    throw new Error(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const text = bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1] ? gunzipSync(bytes) : bytes;
  if (text.length > MAX_UPLOAD_BYTES) throw new Error(`${file} is ${(text.length / 1024 / 1024).toFixed(1)} MB; the server takes at most 20 MB per import (split the file)`);
  return text;
}

/** What the server answered, or an error carrying its message (and how to fix a refused credential). */
async function upload(options: ServerOptions, path: string, body: Buffer): Promise<unknown> {
  const base = options.url.replace(/\/+$/, '');
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(options.apiKey === undefined ? {} : { 'x-api-key': options.apiKey }) },
      body,
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    throw new Error(`cannot reach the GoldenSignals server at ${base}: ${cause} (start it with "goldensignals serve", or pass --url)`, { cause: error });
  }
  const text = await response.text();
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    throw new Error(`the server at ${base} answered HTTP ${response.status} with something that is not JSON: ${text.slice(0, 200)}`);
  }
  if (response.ok) return answer;
  const { code, message } = (answer ?? {}) as { code?: unknown; message?: unknown };
  const hint = response.status === 401 && options.apiKey === undefined ? ' (pass --api-key or set GOLDENSIGNALS_API_KEY)' : '';
  throw new Error(`${typeof message === 'string' ? message : 'the request failed'} (HTTP ${response.status}${typeof code === 'string' ? ` ${code}` : ''})${hint}`);
}

function printBars(answer: BarImportAnswer): void {
  const counts = `${answer.inserted} new, ${answer.replaced} replaced`;
  process.stdout.write(`imported ${answer.rows} ${answer.symbol} ${answer.timeframe} bars from ${answer.first} to ${answer.last} (${counts})\n`);
  for (const warning of answer.warnings) process.stdout.write(`warning: ${warning}\n`);
}

function printWatchlists(answer: WatchlistImportAnswer): void {
  for (const list of answer.watchlists) {
    const size = `${list.symbols.length} symbol${list.symbols.length === 1 ? '' : 's'}`;
    process.stdout.write(`${list.name}${list.created ? ' (new)' : ''}: added ${list.added}, now ${size}: ${list.symbols.join(', ')}\n`);
  }
  if (answer.watchlists.length === 0) process.stdout.write('no watchlist changed\n');
  for (const row of answer.skipped) process.stdout.write(`skipped line ${row.line} ${JSON.stringify(row.value)}: ${row.reason}\n`);
}

/** `--url`, `--api-key` and `--json`, read from the environment when not given. */
function withServerOptions(command: Command): Command {
  return command
    .addOption(new Option('--url <url>', 'the GoldenSignals server').env('GOLDENSIGNALS_URL').default(DEFAULT_URL))
    .addOption(new Option('--api-key <key>', 'an API key of your account (create one in Settings or with POST /api/v1/auth/api-keys)').env('GOLDENSIGNALS_API_KEY'))
    .option('--json', "print the server's answer as JSON");
}

function barsCommand(): Command {
  const command = new UsageErrorCommand('bars')
    .description('upload a CSV file of one symbol\'s bars (date|time|timestamp, open, high, low, close, volume) into the server\'s bar store; any invalid row refuses the whole file')
    .argument('<file.csv>', 'CSV/TSV bar file, optionally gzip-compressed (at most 20 MB uncompressed)')
    .addOption(new Option('--symbol <symbol>', 'the symbol the bars are of (a file with a symbol column gives only its rows)').argParser(parseSymbol).makeOptionMandatory())
    .addOption(new Option('--timeframe <timeframe>', `bar timeframe: ${TIMEFRAMES.join(', ')}`).argParser(parseTimeframe).default('1d'))
    .action(async (file: string, options: BarImportOptions) => {
      const query = new URLSearchParams({ symbol: options.symbol, timeframe: options.timeframe });
      const answer = (await upload(options, `/api/v1/market-data/bars/import?${query.toString()}`, await readUpload(file))) as BarImportAnswer;
      if (options.json) process.stdout.write(`${JSON.stringify(answer)}\n`);
      else printBars(answer);
    });
  return withServerOptions(command);
}

function watchlistsCommand(): Command {
  const command = new UsageErrorCommand('watchlists')
    .description('create or extend your watchlists on the server from a CSV file with a symbol column and an optional watchlist column (default "Imported")')
    .argument('<file.csv>', 'CSV file, optionally gzip-compressed')
    .action(async (file: string, options: ServerOptions) => {
      const answer = (await upload(options, '/api/v1/watchlists/import', await readUpload(file))) as WatchlistImportAnswer;
      if (options.json) process.stdout.write(`${JSON.stringify(answer)}\n`);
      else printWatchlists(answer);
    });
  return withServerOptions(command);
}

/** `goldensignals import bars|watchlists <file.csv>`: uploads CSV files to a running server's import API. */
export function importCommand(): Command {
  return new Command('import').description('upload CSV files to a GoldenSignals server: bars into its bar store, symbols into your watchlists').addCommand(barsCommand()).addCommand(watchlistsCommand());
}
