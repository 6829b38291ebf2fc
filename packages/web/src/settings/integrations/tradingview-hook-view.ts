/** A TradingView hook as `GET /tradingview/hooks` lists it (no secret: the URL holds it and is shown once). */
export interface TradingViewHookView {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  /** When TradingView last posted to it. */
  readonly lastReceivedAt: string | null;
  /** The alert message to paste into TradingView (it holds no secret, so it can be copied again). */
  readonly messageTemplate: string;
}

/** `POST /tradingview/hooks`: the hook with its secret and the URL that carries it, given this once. */
export interface CreatedTradingViewHook extends TradingViewHookView {
  readonly secret: string;
  readonly url: string;
}
