import type { Timeframe } from '@goldensignals/engine';

/** What can be exported. */
export type ExportKind = 'signals' | 'scorecard' | 'trades' | 'backtest';

/** The export form's values as typed; only the chosen kind's are sent. */
export interface ExportFields {
  readonly kind: ExportKind;
  readonly format: 'csv' | 'json';
  /** Signals: symbols as typed (commas between), empty for all. */
  readonly symbols: string;
  /** Signals: one timeframe, or empty for all. */
  readonly timeframe: Timeframe | '';
  /** Signals: local days `YYYY-MM-DD`, `to` included. */
  readonly from: string;
  readonly to: string;
  /** Scorecard: which part a CSV holds, and over how many days. */
  readonly scorecardPart: 'agents' | 'outcomes';
  readonly days: string;
  /** Trades: one portfolio id, or empty for all of the caller's. */
  readonly portfolioId: string;
  /** Backtest: its id, and which part a CSV holds. */
  readonly backtestId: string;
  readonly backtestPart: 'trades' | 'equity' | 'summary';
}

/** A blank export form: signals as CSV, no filter. */
export const EMPTY_EXPORT_FIELDS: ExportFields = {
  kind: 'signals', format: 'csv', symbols: '', timeframe: '', from: '', to: '', scorecardPart: 'agents', days: '30', portfolioId: '', backtestId: '', backtestPart: 'trades',
};
