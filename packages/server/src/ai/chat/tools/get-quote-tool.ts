import type { Quote } from '../../../market-data/quote.js';
import type { ProviderChain } from '../../../market-data/chain/provider-chain.js';
import type { ChatTool } from '../chat-tool.js';
import { quoteCitation } from '../citations.js';
import { SYMBOL_PATTERN, ToolArguments } from '../tool-arguments.js';
import { marketDataFailure } from './market-data-failure.js';

/** A quote with where it came from. */
export interface QuoteAnswer {
  readonly quote: Quote;
  /** ISO-8601 UTC of `quote.time`. */
  readonly time: string;
  readonly simulated: boolean;
  readonly stale: boolean;
  readonly staleReason: string | null;
}

/** `get_quote`: a symbol's latest price from the market data providers (never made up: an outage is an error). */
export function getQuoteTool(market: Pick<ProviderChain, 'quote'>): ChatTool<{ symbol: string }, QuoteAnswer> {
  return {
    name: 'get_quote',
    description: 'Latest price of a symbol from the configured market data providers, with change vs the previous close, the time, the source and whether it is simulated or stale.',
    parameters: { type: 'object', additionalProperties: false, required: ['symbol'], properties: { symbol: { type: 'string', pattern: SYMBOL_PATTERN, description: 'ticker, e.g. AAPL, BTC-USD, EURUSD=X' } } },
    role: 'viewer',
    parse: (raw) => ({ symbol: new ToolArguments(raw, 'get_quote', ['symbol']).symbol('symbol') }),
    execute: async ({ symbol }, context) => {
      const answer = await market.quote(symbol, context.signal).catch(marketDataFailure);
      return { quote: answer.data, time: new Date(answer.data.time).toISOString(), simulated: answer.simulated, stale: answer.stale, staleReason: answer.staleReason ?? null };
    },
    present: (answer) => {
      const { quote } = answer;
      const content = {
        symbol: quote.symbol,
        price: quote.price,
        currency: quote.currency,
        previousClose: quote.previousClose,
        change: quote.change,
        changePercent: quote.changePercent,
        open: quote.open,
        high: quote.high,
        low: quote.low,
        volume: quote.volume,
        time: answer.time,
        source: quote.source,
        simulated: answer.simulated,
        stale: answer.stale,
        ...(answer.staleReason === null ? {} : { staleReason: answer.staleReason }),
      };
      return { content: JSON.stringify(content), citations: [quoteCitation(quote.symbol, answer.time)] };
    },
    summary: ({ symbol }) => `quote of ${symbol}`,
  };
}
