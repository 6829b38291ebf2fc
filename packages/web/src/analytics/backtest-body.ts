/** The body of `POST /backtests` the form sends. */
export interface BacktestBody {
  readonly strategy: string;
  readonly symbols: string[];
  readonly timeframe: string;
  readonly from: string;
  readonly to: string;
  readonly cash: number;
  readonly commission: number;
  readonly slippage: number;
  readonly finalizeTrades: boolean;
}
