import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { readCsvRecords, type CsvRecord, type MarketInputs, type ScoredText, type SentimentScorer } from '@goldensignals/engine';

/** Engine inputs by symbol; `*` holds the rows of a file without a symbol column, given to every symbol. */
export type NewsInputsBySymbol = Readonly<Record<string, MarketInputs>>;

/** Rows of a file without a symbol column are about every symbol of the bar file. */
export const EVERY_SYMBOL = '*';

const TIME_COLUMNS = ['time', 'date', 'datetime', 'timestamp', 'published', 'published_at'];
const SYMBOL_COLUMNS = ['symbol', 'ticker'];
const TEXT_COLUMNS = ['headline', 'text', 'title'];
const KINDS: Readonly<Record<string, 'news' | 'social' | 'earningsCalls'>> = { news: 'news', social: 'social', earnings_call: 'earningsCalls' };

/** The delimiter the header uses most outside quotes: comma, tab or semicolon. */
function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const header = end < 0 ? text : text.slice(0, end);
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', '\t', ';']) {
    let count = 0;
    let quoted = false;
    for (const character of header) {
      if (character === '"') quoted = !quoted;
      else if (character === delimiter && !quoted) count++;
    }
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/** ISO date or date-time (a date alone is midnight UTC), or epoch seconds or milliseconds; NaN otherwise. */
function timeOf(text: string): number {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) {
    const number = Number(value);
    return number < 1e11 ? number * 1000 : number;
  }
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

function column(names: readonly string[], candidates: readonly string[]): number {
  return candidates.map((name) => names.indexOf(name)).find((index) => index >= 0) ?? -1;
}

/**
 * Reads a news CSV/TSV file (optionally gzip-compressed) for `backtest --news`: columns `time` (ISO date or
 * date-time, or epoch seconds or ms), `symbol` (optional: without it every row is about every symbol), `headline`
 * (or `text`, `title`) and an optional `kind` (`news`, `social`, `earnings_call`; default news). Each text is
 * scored by `scorer`. Throws an Error naming the file and line of the first bad row.
 */
export async function readNewsFile(path: string, scorer: SentimentScorer): Promise<NewsInputsBySymbol> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${path}: no such news file` : `${path}: cannot read the news file (${code ?? String(error)})`, { cause: error });
  }
  const raw = path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let records: CsvRecord[];
  try {
    records = readCsvRecords(text, delimiterOf(text.trimStart()));
  } catch (error) {
    throw new Error(`${path} ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const [header, ...rows] = records;
  if (header === undefined) throw new Error(`${path}: the news file is empty (expected a header with time, symbol, headline and kind columns)`);
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const timeColumn = column(names, TIME_COLUMNS);
  const textColumn = column(names, TEXT_COLUMNS);
  const symbolColumn = column(names, SYMBOL_COLUMNS);
  const kindColumn = names.indexOf('kind');
  if (timeColumn < 0 || textColumn < 0) {
    throw new Error(`${path} line ${header.line}: the header needs a ${timeColumn < 0 ? 'time' : 'headline (or text)'} column; it has ${header.fields.map((name) => `"${name}"`).join(', ')}`);
  }
  const bySymbol = new Map<string, { news: ScoredText[]; social: ScoredText[]; earningsCalls: ScoredText[] }>();
  for (const row of rows) {
    const field = (index: number): string => (index >= 0 && index < row.fields.length ? row.fields[index].trim() : '');
    const at = `${path} line ${row.line}`;
    const time = timeOf(field(timeColumn));
    if (!Number.isFinite(time)) throw new Error(`${at}: time "${field(timeColumn)}" is not an ISO date, date-time or epoch time`);
    const headline = field(textColumn);
    if (headline === '') throw new Error(`${at}: the ${names[textColumn]} is empty`);
    const kind = KINDS[field(kindColumn).toLowerCase() || 'news'];
    if (kind === undefined) throw new Error(`${at}: kind "${field(kindColumn)}" is not news, social or earnings_call`);
    const symbol = symbolColumn < 0 ? EVERY_SYMBOL : field(symbolColumn).toUpperCase();
    if (symbol === '') throw new Error(`${at}: the ${names[symbolColumn]} is empty`);
    const inputs = bySymbol.get(symbol) ?? { news: [], social: [], earningsCalls: [] };
    inputs[kind].push({ time, text: headline, source: 'file', sentiment: scorer.score(headline) });
    bySymbol.set(symbol, inputs);
  }
  const byTime = (a: ScoredText, b: ScoredText): number => a.time - b.time;
  return Object.fromEntries([...bySymbol].map(([symbol, inputs]) => [symbol, { news: inputs.news.sort(byTime), social: inputs.social.sort(byTime), earningsCalls: inputs.earningsCalls.sort(byTime) }]));
}

/** The inputs of `symbol`: its own rows and the rows about every symbol, oldest first; `undefined` without any. */
export function newsInputsOf(inputs: NewsInputsBySymbol | undefined, symbol: string): MarketInputs | undefined {
  if (inputs === undefined) return undefined;
  const own = inputs[symbol.toUpperCase()];
  const every = inputs[EVERY_SYMBOL];
  if (own === undefined || every === undefined) return own ?? every;
  const merged = (a: readonly ScoredText[] = [], b: readonly ScoredText[] = []): ScoredText[] => [...a, ...b].sort((x, y) => x.time - y.time);
  return { news: merged(own.news, every.news), social: merged(own.social, every.social), earningsCalls: merged(own.earningsCalls, every.earningsCalls) };
}
