import type { SymbolResult } from './symbol-result.js';

/** `GET /backtests/{id}/results`. */
export interface BacktestResults {
  readonly id: string;
  readonly status: 'done';
  readonly request: { readonly strategy?: string; readonly symbols?: readonly string[] };
  readonly finishedAt: string | null;
  readonly symbols: readonly SymbolResult[];
}
