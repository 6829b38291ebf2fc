import { mostCommonBarSpacing, TIMEFRAME_MS, TIMEFRAMES, type Bar, type BarSeries, type ParseBarsOptions } from '@goldensignals/engine';
import type { BarRequest } from '../../bar-request.js';
import type { MarketDataProvider } from '../../market-data-provider.js';
import { ProviderError } from '../../provider-error.js';
import type { Quote } from '../../quote.js';
import type { SymbolMatch } from '../../symbol-match.js';
import { BarFileCache } from './bar-file-cache.js';
import { barsInRange } from './bars-in-range.js';
import { listBarFiles } from './list-bar-files.js';
import { quoteFromSeries } from './quote-from-series.js';
import { symbolFromFileName } from './read-bars-file.js';

/** How the CSV provider reads rows; the symbol and timeframe are its own business. */
export type CsvReadOptions = Pick<ParseBarsOptions, 'invalidRows' | 'sort' | 'skipLines' | 'timeColumn' | 'delimiter'>;

/** Options of {@link CsvProvider}. */
export interface CsvProviderOptions {
  /** A bar file, or a folder of bar files (`.csv`, `.tsv`, `.txt`, each optionally `.gz`). */
  readonly path: string;
  /** Default `{ invalidRows: 'skip' }`: a bad row is dropped and reported through `onWarning`. */
  readonly csv?: CsvReadOptions;
  /** Receives what the reader dropped (invalid rows), once per file version. */
  readonly onWarning?: (message: string) => void;
}

/** A symbol's series and the file it came from. */
interface LocatedSeries {
  readonly file: string;
  readonly series: BarSeries;
}

/** Symbols listed in a not-found message before the rest are counted. */
const LISTED_SYMBOLS = 10;

/**
 * Market data from local CSV files (id `csv`): one file, or a folder of `<SYMBOL>.csv` files and/or
 * files with a symbol column. A symbol is looked up in the file named after it first, then in every
 * other file; a symbol found in two files that are not named after it is refused rather than guessed.
 * Files are parsed with the engine's CSV reader on first use and re-read when they change.
 * Bars come in the file's timeframe (inferred from the bar spacing) or any coarser one, resampled.
 */
export class CsvProvider implements MarketDataProvider {
  readonly id = 'csv';
  readonly simulated = false;
  // Local files: the budget only keeps a runaway caller from re-parsing in a loop.
  readonly rateLimit = { requests: 1000, perMs: 1000 };
  private readonly path: string;
  private readonly cache: BarFileCache;

  constructor(options: CsvProviderOptions) {
    this.path = options.path;
    this.cache = new BarFileCache(this.id, { invalidRows: 'skip', ...options.csv }, options.onWarning ?? (() => undefined));
  }

  async bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]> {
    this.checkNotAborted(signal);
    const { symbol, timeframe, from, to } = request;
    if (!(from <= to)) throw new ProviderError(this.id, 'bad-request', `bars of ${symbol}: from (${from}) must not be after to (${to})`);
    const { file, series } = await this.locate(symbol);
    const source = series.timeframe;
    if (source === undefined) {
      const spacing = mostCommonBarSpacing(series);
      const spacingText = Number.isNaN(spacing) ? 'too few bars to tell their spacing' : `bars ${spacing / 60_000} minutes apart`;
      throw new ProviderError(this.id, 'unsupported', `${file} has ${spacingText} for ${symbol}, which is none of the timeframes ${TIMEFRAMES.join(', ')}`);
    }
    if (timeframe === source) return barsInRange(series, from, to);
    if (TIMEFRAME_MS[timeframe] < TIMEFRAME_MS[source]) {
      const coarser = TIMEFRAMES.filter((candidate) => TIMEFRAME_MS[candidate] >= TIMEFRAME_MS[source]);
      throw new ProviderError(this.id, 'unsupported', `${file} has ${source} bars of ${symbol}: ${timeframe} bars cannot be made from them (available: ${coarser.join(', ')})`);
    }
    return barsInRange(this.cache.resampled(series, timeframe), from, to);
  }

  async quote(symbol: string, signal?: AbortSignal): Promise<Quote> {
    this.checkNotAborted(signal);
    const { file, series } = await this.locate(symbol);
    if (series.length === 0) throw new ProviderError(this.id, 'not-found', `${file} has no valid bars of ${symbol}`);
    return quoteFromSeries(symbol, series, this.id);
  }

  /** Symbols of every file that contain `query` (case-insensitive): exact match first, then prefixes, then the rest. */
  async search(query: string, signal?: AbortSignal): Promise<SymbolMatch[]> {
    this.checkNotAborted(signal);
    const wanted = query.trim().toUpperCase();
    if (wanted === '') throw new ProviderError(this.id, 'bad-request', 'search needs a non-empty query');
    const symbols = new Set<string>();
    for (const file of await listBarFiles(this.id, this.path)) {
      for (const symbol of (await this.cache.read(file)).keys()) symbols.add(symbol);
    }
    const rank = (symbol: string): number => (symbol.toUpperCase() === wanted ? 0 : symbol.toUpperCase().startsWith(wanted) ? 1 : 2);
    return [...symbols]
      .filter((symbol) => symbol.toUpperCase().includes(wanted))
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
      .map((symbol) => ({ symbol, name: symbol, exchange: null, type: null }));
  }

  private async locate(symbol: string): Promise<LocatedSeries> {
    const files = await listBarFiles(this.id, this.path);
    const wanted = symbol.toUpperCase();
    const named = files.filter((file) => symbolFromFileName(file).toUpperCase() === wanted);
    for (const file of named) {
      const series = findSymbol(await this.cache.read(file), symbol);
      if (series) return { file, series };
    }
    const found: LocatedSeries[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      if (named.includes(file)) continue;
      const symbols = await this.cache.read(file);
      for (const name of symbols.keys()) seen.add(name);
      const series = findSymbol(symbols, symbol);
      if (series) found.push({ file, series });
    }
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      const where = found.map((located) => located.file).join(', ');
      throw new ProviderError(this.id, 'bad-response', `${symbol} has bars in ${found.length} files (${where}); keep it in one file, or name one ${symbol}.csv to choose it`);
    }
    throw this.notFound(symbol, files, seen);
  }

  private notFound(symbol: string, files: readonly string[], symbols: ReadonlySet<string>): ProviderError {
    const names = [...symbols].sort();
    const listed = names.slice(0, LISTED_SYMBOLS).join(', ') + (names.length > LISTED_SYMBOLS ? `, … (${names.length} in all)` : '');
    const where = files.length === 0 ? `${this.path} holds no bar files (.csv, .tsv, .txt, optionally .gz)` : `looked in ${this.path} (${files.length} file${files.length === 1 ? '' : 's'}; symbols: ${listed || 'none'})`;
    return new ProviderError(this.id, 'not-found', `no bars of ${symbol}: ${where}`);
  }

  private checkNotAborted(signal: AbortSignal | undefined): void {
    if (signal?.aborted) throw new ProviderError(this.id, 'unavailable', `request aborted: ${String(signal.reason)}`, { cause: signal.reason });
  }
}

/** The series of `symbol` in a file, matched exactly first, then ignoring case. */
function findSymbol(symbols: ReadonlyMap<string, BarSeries>, symbol: string): BarSeries | undefined {
  const exact = symbols.get(symbol);
  if (exact) return exact;
  const wanted = symbol.toUpperCase();
  for (const [name, series] of symbols) if (name.toUpperCase() === wanted) return series;
  return undefined;
}
