/** `POST /market-data/bars/import`: how many CSV rows were read and stored, and the time range they cover. */
export interface BarsImportResult {
  readonly symbol: string;
  readonly timeframe: string;
  readonly rows: number;
  readonly inserted: number;
  readonly replaced: number;
  readonly first: string | null;
  readonly last: string | null;
  /** Non-fatal findings: spacing unlike the timeframe, bars not closed yet (left out), rows sorted. */
  readonly warnings: readonly string[];
}

/** `POST /watchlists/import`: the watchlists created or extended, and the lines left out with why. */
export interface WatchlistImportResult {
  /** `created`: a new list; otherwise an existing one of that name got `added` new symbols. */
  readonly watchlists: readonly { readonly id: string; readonly name: string; readonly symbols: readonly string[]; readonly created: boolean; readonly added: number }[];
  readonly skipped: readonly { readonly line: number; readonly value: string; readonly reason: string }[];
}
