import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { WatchlistRepository, type Watchlist } from '../../storage/repositories/watchlist-repository.js';
import { MAX_WATCHLIST_SYMBOLS } from '../watchlists/watchlist-schemas.js';
import { readCsvRows, type CsvRow } from './read-csv-rows.js';

/** Name of the list that rows without a `watchlist` cell go to. */
export const DEFAULT_IMPORT_WATCHLIST = 'Imported';
/** Most lists one file may name; rows of further lists are skipped. */
export const MAX_IMPORTED_WATCHLISTS = 50;
const MAX_NAME_CHARS = 100;
const SYMBOL = /^[A-Z0-9.\-=^/]{1,20}$/;

/** A list the import created or extended, as it is afterwards. */
export interface ImportedWatchlist {
  readonly id: string;
  readonly name: string;
  readonly symbols: readonly string[];
  /** True when the import created the list. */
  readonly created: boolean;
  /** Symbols the import added. */
  readonly added: number;
}

/** A row that added nothing, and why. */
export interface SkippedRow {
  readonly line: number;
  readonly value: string;
  readonly reason: string;
}

/** What an import did. */
export interface WatchlistImportResult {
  readonly watchlists: readonly ImportedWatchlist[];
  readonly skipped: readonly SkippedRow[];
}

/** The symbols a file gives one list, in file order. */
interface Wanted {
  readonly name: string;
  readonly entries: { readonly line: number; readonly symbol: string }[];
}

function columnOf(header: CsvRow, names: readonly string[]): number {
  return header.cells.findIndex((cell) => names.includes(cell.toLowerCase()));
}

/** The file's rows grouped by list, every unusable row skipped with its reason. */
function wantedLists(rows: readonly CsvRow[], skipped: SkippedRow[]): Map<string, Wanted> {
  const [header, ...data] = rows;
  const symbolColumn = header === undefined ? -1 : columnOf(header, ['symbol', 'ticker']);
  if (header === undefined || symbolColumn < 0) {
    throw AppError.invalid('body line 1', `must be a header naming a symbol column (and optionally watchlist), got ${JSON.stringify(header?.cells.join(',') ?? '')}`);
  }
  if (data.length === 0) throw AppError.invalid('body', 'has a header but no rows');
  const listColumn = columnOf(header, ['watchlist']);
  const lists = new Map<string, Wanted>();
  for (const { line, cells } of data) {
    const value = cells[symbolColumn] ?? '';
    const name = (listColumn < 0 ? '' : (cells[listColumn] ?? '')) || DEFAULT_IMPORT_WATCHLIST;
    const symbol = value.toUpperCase();
    const skip = (reason: string): void => {
      skipped.push({ line, value, reason });
    };
    if (value === '') skip('no symbol');
    else if (!SYMBOL.test(symbol)) skip('not a ticker: letters, digits and . - = ^ / up to 20 characters');
    else if (name.length > MAX_NAME_CHARS) skip(`the watchlist name is longer than ${MAX_NAME_CHARS} characters`);
    else if (!lists.has(name) && lists.size >= MAX_IMPORTED_WATCHLISTS) skip(`one file may fill at most ${MAX_IMPORTED_WATCHLISTS} watchlists`);
    else {
      const wanted = lists.get(name) ?? { name, entries: [] };
      lists.set(name, wanted);
      const earlier = wanted.entries.find((entry) => entry.symbol === symbol);
      if (earlier === undefined) wanted.entries.push({ line, symbol });
      else skip(`listed before for watchlist "${name}" (line ${earlier.line})`);
    }
  }
  return lists;
}

/**
 * Creates or extends the caller's watchlists from a CSV file with a `symbol` (or `ticker`) column and an optional
 * `watchlist` column naming the list (default "Imported"). Rows that cannot be added (not a ticker, already in the
 * list, a full list) are skipped with their reason, not fatal; new lists watch the 1d timeframe. One transaction.
 */
export async function importWatchlists(database: Database, owner: string | null, text: string): Promise<WatchlistImportResult> {
  let rows: CsvRow[];
  try {
    rows = readCsvRows(text);
  } catch (error) {
    if (error instanceof RangeError) throw AppError.invalid('body', error.message);
    throw error;
  }
  const skipped: SkippedRow[] = [];
  const lists = wantedLists(rows, skipped);
  const watchlists = await database.transaction(async (tx) => {
    const repository = new WatchlistRepository(tx);
    const existing = new Map((await repository.listForUser(owner)).map((list) => [list.name, list]));
    const done: ImportedWatchlist[] = [];
    for (const wanted of lists.values()) {
      const current = existing.get(wanted.name);
      const symbols = [...(current?.symbols ?? [])];
      let added = 0;
      for (const { line, symbol } of wanted.entries) {
        if (symbols.includes(symbol)) skipped.push({ line, value: symbol, reason: `already in watchlist "${wanted.name}"` });
        else if (symbols.length >= MAX_WATCHLIST_SYMBOLS) skipped.push({ line, value: symbol, reason: `watchlist "${wanted.name}" is full (${MAX_WATCHLIST_SYMBOLS} symbols)` });
        else {
          symbols.push(symbol);
          added++;
        }
      }
      let saved: Watchlist | null = current ?? null;
      if (current === undefined && added > 0) saved = await repository.create(owner, { name: wanted.name, symbols });
      else if (current !== undefined && added > 0) saved = await repository.updateOwned(owner, current.id, { symbols });
      if (saved !== null) done.push({ id: saved.id, name: saved.name, symbols: saved.symbols, created: current === undefined, added });
    }
    return done;
  });
  return { watchlists, skipped: skipped.sort((a, b) => a.line - b.line) };
}
