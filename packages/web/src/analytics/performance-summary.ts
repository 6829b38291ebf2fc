/** `GET /signals/performance/summary`: how the signals of the last `days` fared. */
export interface PerformanceSummary {
  readonly days: number;
  readonly signals: number;
  readonly byAction: { readonly BUY: number; readonly SELL: number; readonly HOLD: number };
  readonly open: number;
  readonly outcomes: { readonly target: number; readonly stop: number; readonly expired: number };
  readonly hitRate: number | null;
  readonly averageReturn: number | null;
}
