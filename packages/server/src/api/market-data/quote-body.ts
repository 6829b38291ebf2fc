import type { SourcedData } from '../../market-data/chain/sourced-data.js';
import type { Quote } from '../../market-data/quote.js';
import { sourceFieldsOf, type SourceFields } from './source-fields.js';

/** A quote as the API answers it: the provider's fields, `time` as ISO-8601, and where it came from. */
export interface QuoteBody extends SourceFields {
  readonly symbol: string;
  readonly price: number;
  readonly previousClose: number | null;
  readonly change: number | null;
  readonly changePercent: number | null;
  readonly open: number | null;
  readonly high: number | null;
  readonly low: number | null;
  readonly volume: number | null;
  readonly bid: number | null;
  readonly ask: number | null;
  readonly currency: string | null;
  readonly time: string;
}

/** The API form of a chain's quote answer; `simulated` is the chain's verdict (provider or quote simulated). */
export function quoteBody(answer: SourcedData<Quote>): QuoteBody {
  const { data } = answer;
  return {
    symbol: data.symbol,
    price: data.price,
    previousClose: data.previousClose,
    change: data.change,
    changePercent: data.changePercent,
    open: data.open,
    high: data.high,
    low: data.low,
    volume: data.volume,
    bid: data.bid,
    ask: data.ask,
    currency: data.currency,
    time: new Date(data.time).toISOString(),
    ...sourceFieldsOf(answer),
  };
}
