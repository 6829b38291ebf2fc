/** One listed option contract as a data provider reports it. */
export interface OptionContract {
  readonly type: 'call' | 'put';
  readonly strike: number;
  /** Expiry, epoch ms UTC. */
  readonly expiry: number;
  readonly bid: number;
  readonly ask: number;
  readonly volume: number;
  readonly openInterest: number;
  /** Annualised implied volatility as a fraction (0.25 = 25 %); NaN when the source has none. */
  readonly impliedVolatility: number;
}

/** An options chain snapshot for one underlying. */
export interface OptionsChain {
  readonly underlying: string;
  readonly underlyingPrice: number;
  /** Snapshot time, epoch ms UTC. */
  readonly asOf: number;
  /** Annual risk-free rate as a fraction, for greeks. */
  readonly riskFreeRate: number;
  readonly contracts: readonly OptionContract[];
  /** True when the chain comes from the market simulator. */
  readonly simulated?: boolean;
}
