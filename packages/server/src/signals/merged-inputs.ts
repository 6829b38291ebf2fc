import type { MarketInputs, Timeframe } from '@goldensignals/engine';

/** What an inputs source is asked for: a symbol's inputs over an engine run's bars, `from`..`to` epoch ms. */
export interface MarketInputsRequest {
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly from: number;
  readonly to: number;
}

/** A source of inputs beyond the bars (stored news, TradingView votes, ...). */
export type MarketInputsSource = (request: MarketInputsRequest) => Promise<MarketInputs>;

/**
 * One source reading all of `sources` at once and joining their answers. Each source fills its own fields of
 * {@link MarketInputs} (news, social, earningsCalls / externalVotes); on an overlap the later source wins.
 */
export function mergedInputs(sources: readonly MarketInputsSource[]): MarketInputsSource {
  return async (request) => {
    const parts = await Promise.all(sources.map((source) => source(request)));
    return Object.assign({}, ...parts) as MarketInputs;
  };
}
