import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CONFIG_KEYS } from '@goldensignals/server';
import { Command, InvalidArgumentError, Option } from 'commander';

/** What can be exported, and the API path of each. */
const KINDS = ['signals', 'trades', 'backtest', 'scorecard'] as const;
type ExportKind = (typeof KINDS)[number];

interface ExportCommandOptions {
  readonly format: 'csv' | 'json';
  readonly out?: string;
  readonly symbol?: string;
  readonly timeframe?: string;
  readonly action?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: string;
  readonly portfolio?: string;
  readonly id?: string;
  readonly part?: string;
  readonly days?: string;
  readonly url: string;
  readonly apiKey?: string;
}

/** Options that only some exports take, by the export that takes them (the server checks their values). */
const QUERY_OPTIONS: Record<ExportKind, readonly (readonly [keyof ExportCommandOptions, string])[]> = {
  signals: [
    ['symbol', 'symbol'],
    ['timeframe', 'timeframe'],
    ['action', 'action'],
    ['from', 'from'],
    ['to', 'to'],
    ['limit', 'limit'],
  ],
  trades: [
    ['portfolio', 'portfolioId'],
    ['limit', 'limit'],
  ],
  backtest: [['part', 'part']],
  scorecard: [
    ['part', 'part'],
    ['days', 'days'],
  ],
};

/** The server URL when neither --url nor GOLDENSIGNALS_URL names one: a server started here with its defaults. */
export const DEFAULT_SERVER_URL = `http://127.0.0.1:${CONFIG_KEYS.port.defaultValue}`;

function parseKind(value: string): ExportKind {
  const kind = KINDS.find((known) => known === value);
  if (kind === undefined) throw new InvalidArgumentError(`choose one of ${KINDS.join(', ')}, got "${value}"`);
  return kind;
}

/** The API URL of an export with the query its options give; options the export does not take are an error. */
export function exportUrl(kind: ExportKind, options: ExportCommandOptions): URL {
  const base = options.url.replace(/\/+$/, '');
  if (kind === 'backtest' && options.id === undefined) throw new Error('export backtest needs --id <backtest id>');
  const path = kind === 'backtest' ? `backtests/${encodeURIComponent(options.id ?? '')}` : kind;
  const url = new URL(`${base}/api/v1/exports/${path}`);
  url.searchParams.set('format', options.format);
  const taken = QUERY_OPTIONS[kind];
  for (const name of ['symbol', 'timeframe', 'action', 'from', 'to', 'limit', 'portfolio', 'part', 'days'] as const) {
    const value = options[name];
    if (value === undefined) continue;
    const parameter = taken.find(([option]) => option === name)?.[1];
    if (parameter === undefined) throw new Error(`--${name} does not apply to export ${kind}`);
    url.searchParams.set(parameter, value);
  }
  if (kind !== 'backtest' && options.id !== undefined) throw new Error(`--id does not apply to export ${kind}`);
  return url;
}

/** The server's own words for a refused request: `404 GS_ERR_NOT_FOUND: no portfolio ...`. */
async function refusal(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (typeof body.message === 'string') return `${response.status} ${typeof body.code === 'string' ? `${body.code}: ` : ''}${body.message}`;
  } catch {
    // Not JSON (a proxy's error page): the status and the start of the text say enough.
  }
  return `${response.status} ${response.statusText}${text === '' ? '' : `: ${text.slice(0, 200)}`}`;
}

/** Copies the body to a file, or to stdout piece by piece (stdout is never ended: other output may follow). */
async function save(body: ReadableStream<Uint8Array>, out: string | undefined): Promise<void> {
  const source = Readable.fromWeb(body as Parameters<typeof Readable.fromWeb>[0]);
  if (out !== undefined) {
    await pipeline(source, createWriteStream(out));
    return;
  }
  const stdout: Writable = process.stdout;
  for await (const chunk of source) {
    if (!stdout.write(chunk as Uint8Array)) await new Promise((resolve) => stdout.once('drain', resolve));
  }
}

/** `goldensignals export <what>`: signals, paper trades, a backtest or the scorecard from a running server, as CSV or JSON. */
export function exportCommand(): Command {
  return new Command('export')
    .description('download signals, paper trades, a backtest or the scorecard from a GoldenSignals server as CSV or JSON')
    .argument('<what>', `what to export: ${KINDS.join(', ')}`, parseKind)
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'json']).default('csv'))
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--symbol <symbols>', 'signals: comma-separated symbols')
    .option('--timeframe <timeframes>', 'signals: comma-separated timeframes')
    .option('--action <actions>', 'signals: comma-separated actions (BUY, SELL, HOLD)')
    .option('--from <date>', 'signals: from this date or time (inclusive)')
    .option('--to <date>', 'signals: to this date or time (exclusive)')
    .option('--limit <rows>', 'signals, trades: most rows (default 10000, at most 100000)')
    .option('--portfolio <id>', 'trades: one portfolio (default: all of yours)')
    .option('--id <id>', 'backtest: the backtest to export')
    .option('--part <part>', 'backtest: trades, equity or summary; scorecard: agents or outcomes (CSV holds one part, JSON all)')
    .option('--days <days>', 'scorecard: outcomes of the signals of the last N days (default 30)')
    .addOption(new Option('--url <url>', 'server URL').env('GOLDENSIGNALS_URL').default(DEFAULT_SERVER_URL))
    .addOption(new Option('--api-key <key>', 'API key (Settings → API keys); not needed while the server has no accounts').env('GOLDENSIGNALS_API_KEY'))
    .action(async (kind: ExportKind, options: ExportCommandOptions) => {
      const url = exportUrl(kind, options);
      let response: Response;
      try {
        response = await fetch(url, { headers: options.apiKey === undefined ? {} : { 'x-api-key': options.apiKey } });
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
        throw new Error(`cannot reach ${url.origin}: ${cause} (is the server running? set --url or GOLDENSIGNALS_URL)`, { cause: error });
      }
      if (!response.ok) throw new Error(`the server refused the export: ${await refusal(response)}`);
      if (response.body === null) throw new Error('the server answered without a body');
      await save(response.body, options.out);
    });
}
