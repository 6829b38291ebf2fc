import type { StatValues } from './stat-values.js';

/** One symbol of a finished backtest (`GET /backtests/{id}/results`); only `symbol` and `error` when it failed. */
export interface SymbolResult {
  readonly symbol: string;
  readonly error?: string;
  readonly strategy?: string;
  readonly bars?: number;
  readonly simulated?: boolean;
  readonly stats?: StatValues;
  readonly warnings?: readonly string[];
  readonly tradeCount?: number;
  readonly trades?: readonly {
    readonly size?: number | null;
    readonly entryTime?: string;
    readonly exitTime?: string;
    readonly entryPrice?: number | null;
    readonly exitPrice?: number | null;
    readonly pnl?: number | null;
    readonly returnPct?: number | null;
    readonly duration?: string;
  }[];
  readonly equity?: readonly { readonly time?: string; readonly equity?: number | null; readonly drawdownPct?: number | null; readonly baseline?: number | null }[];
  readonly baseline?: { readonly strategy?: string; readonly stats?: StatValues };
}
