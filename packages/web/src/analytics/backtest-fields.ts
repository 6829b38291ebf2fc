/** The backtest form as typed: costs in percent, symbols as one text. */
export interface BacktestFields {
  readonly strategy: string;
  readonly symbols: string;
  readonly timeframe: string;
  readonly from: string;
  readonly to: string;
  readonly cash: string;
  readonly commissionPercent: string;
  readonly slippagePercent: string;
  readonly finalizeTrades: boolean;
}
