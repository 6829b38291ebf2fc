/** One hit of a symbol search. */
export interface SymbolMatch {
  readonly symbol: string;
  readonly name: string;
  readonly exchange: string | null;
  /** e.g. `equity`, `etf`, `crypto`, `fx`, `index`, `future`, `fund`. */
  readonly type: string | null;
}
