import { TIMEFRAME_MS, type Bar } from '@goldensignals/engine';
import type { Exchange, MarketInterface } from 'ccxt';
import type { BarRequest } from '../../bar-request.js';
import type { MarketDataProvider } from '../../market-data-provider.js';
import { ProviderError } from '../../provider-error.js';
import type { Quote } from '../../quote.js';
import type { SymbolMatch } from '../../symbol-match.js';
import { candlesToBars } from './candles-to-bars.js';
import { ccxtProviderError, type CcxtModule } from './ccxt-provider-error.js';
import { createCcxtExchange } from './create-ccxt-exchange.js';
import { isEmptyListAnswer } from './empty-list-answer.js';
import { runExchangeCall, type ExchangeCall } from './exchange-call-context.js';
import { quoteFromTicker } from './quote-from-ticker.js';
import { spotMarketCandidates } from './spot-market-candidates.js';

/** Options of {@link CcxtProvider}. */
export interface CcxtProviderOptions {
  /** ccxt exchange id; default `binance`. */
  readonly exchange?: string;
  /** Merged into the ccxt exchange's constructor options (`urls` for a proxy or a test server, `timeout`, …); never credentials. */
  readonly exchangeOptions?: Readonly<Record<string, unknown>>;
  /** Candles asked per request; default the exchange's documented maximum (ccxt `features`), else 500. */
  readonly pageSize?: number;
}

/** Candles per request when ccxt does not know the exchange's maximum. */
const DEFAULT_PAGE_SIZE = 500;

/** Loads ccxt (a large library, so only when this provider is configured) and builds the provider. */
export async function createCcxtProvider(options: CcxtProviderOptions = {}): Promise<CcxtProvider> {
  return new CcxtProvider(await import('ccxt'), options);
}

/**
 * Crypto spot markets through ccxt's public endpoints (id `ccxt`): bars (`fetchOHLCV`, paged with
 * `since`/`limit` and `until`) and quotes (`fetchTicker`) of the configured exchange.
 * Symbols: the exchange's market id (`BTCUSDT`), a unified pair (`BTC/USDT`) or a Yahoo-style pair
 * (`BTC-USD`), a USD quote falling back to USDT then USDC (see `spotMarketCandidates`); a pair the
 * exchange does not list is not-found. Every answer without candles must be an empty list, since ccxt
 * turns an answer it cannot read into no candles.
 */
export class CcxtProvider implements MarketDataProvider {
  readonly id = 'ccxt';
  readonly simulated = false;
  readonly rateLimit: { readonly requests: number; readonly perMs: number };
  private readonly exchange: Exchange;
  private readonly pageSize: number;
  private readonly markets = new Map<string, MarketInterface>();

  constructor(
    private readonly ccxt: CcxtModule,
    options: CcxtProviderOptions = {},
  ) {
    this.exchange = createCcxtExchange(ccxt, options.exchange ?? 'binance', options.exchangeOptions);
    const documented: unknown = this.exchange.features?.spot?.fetchOHLCV?.limit;
    this.pageSize = options.pageSize ?? (typeof documented === 'number' && documented > 0 ? documented : DEFAULT_PAGE_SIZE);
    // ccxt's rateLimit is the exchange's documented minimum gap between requests, in ms.
    const gap = typeof this.exchange.rateLimit === 'number' && this.exchange.rateLimit > 0 ? this.exchange.rateLimit : 1000;
    this.rateLimit = { requests: Math.max(1, Math.floor(1000 / gap)), perMs: 1000 };
  }

  async bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]> {
    const { symbol, timeframe, from, to } = request;
    const what = `${timeframe} bars of ${symbol} on ${this.exchange.id}`;
    if (!(from <= to)) throw new ProviderError(this.id, 'bad-request', `${what}: from (${from}) must not be after to (${to})`);
    if (from === to) return [];
    return this.run(what, signal, async (call) => {
      const market = await this.market(symbol);
      if (this.exchange.timeframes[timeframe] === undefined) {
        throw new ProviderError(this.id, 'unsupported', `${what}: ${this.exchange.id} has no ${timeframe} candles (it has ${Object.keys(this.exchange.timeframes).join(', ')})`);
      }
      const bars: Bar[] = [];
      for (let since = from; since < to; ) {
        const candles = await this.exchange.fetchOHLCV(market.symbol, timeframe, since, this.pageSize, { until: to - 1 });
        if (candles.length === 0) this.checkEmptyAnswer(what, call);
        const page = candlesToBars(this.id, what, candles).filter((bar) => bar.time >= since && bar.time < to);
        if (page.length === 0) break;
        bars.push(...page);
        since = page[page.length - 1].time + TIMEFRAME_MS[timeframe];
        // A short page is the end of the range (ccxt asks at most the exchange's maximum).
        if (candles.length < this.pageSize) break;
        signal?.throwIfAborted();
      }
      return bars;
    });
  }

  quote(symbol: string, signal?: AbortSignal): Promise<Quote> {
    const what = `quote of ${symbol} on ${this.exchange.id}`;
    return this.run(what, signal, async (call) => {
      const market = await this.market(symbol);
      const ticker = await this.exchange.fetchTicker(market.symbol);
      this.checkJsonAnswer(what, call);
      return quoteFromTicker(this.id, symbol, market.quote, ticker, Date.now());
    });
  }

  /** Spot markets whose unified symbol or id contains `query` (case-insensitive), exact matches first. */
  search(query: string, signal?: AbortSignal): Promise<SymbolMatch[]> {
    return this.run(`search for "${query}" on ${this.exchange.id}`, signal, async () => {
      const wanted = query.trim().toUpperCase().replace('-', '/');
      const spot = Object.values(await this.exchange.loadMarkets()).filter((market): market is MarketInterface => market?.spot === true);
      const hits = spot.filter((market) => market.symbol.includes(wanted) || (market.id ?? '').toUpperCase().includes(wanted));
      const exact = (market: MarketInterface): number => (market.symbol === wanted || market.id?.toUpperCase() === wanted ? 0 : 1);
      return hits
        .sort((a, b) => exact(a) - exact(b) || a.symbol.localeCompare(b.symbol))
        .map((market) => ({ symbol: market.symbol, name: `${market.base}/${market.quote}`, exchange: this.exchange.name ?? this.exchange.id, type: 'crypto' }));
    });
  }

  /** The spot market a symbol means on this exchange (see the class comment), remembered per symbol. */
  private async market(symbol: string): Promise<MarketInterface> {
    const known = this.markets.get(symbol);
    if (known) return known;
    const spot = Object.values(await this.exchange.loadMarkets()).filter((market): market is MarketInterface => market?.spot === true);
    const wanted = symbol.trim().toUpperCase();
    const candidates = spotMarketCandidates(wanted, [...new Set(spot.map((market) => market.quote))]);
    const found = spot.find((market) => market.id?.toUpperCase() === wanted) ?? candidates.map((candidate) => spot.find((market) => market.symbol === candidate)).find((market) => market !== undefined);
    if (!found) {
      const tried = candidates.length > 0 ? ` (tried ${candidates.join(', ')})` : '';
      throw new ProviderError(this.id, 'not-found', `${this.exchange.id} lists no spot market for ${symbol}${tried}`);
    }
    this.markets.set(symbol, found);
    return found;
  }

  private checkJsonAnswer(what: string, call: ExchangeCall): unknown {
    try {
      return JSON.parse(call.lastBody ?? '');
    } catch {
      throw new ProviderError(this.id, 'bad-response', `${what}: ${this.exchange.id} answered something that is not JSON: ${(call.lastBody ?? '').slice(0, 200)}`);
    }
  }

  private checkEmptyAnswer(what: string, call: ExchangeCall): void {
    const answer = this.checkJsonAnswer(what, call);
    if (!isEmptyListAnswer(answer)) {
      throw new ProviderError(this.id, 'bad-response', `${what}: ${this.exchange.id} answered no candles in an unexpected shape: ${(call.lastBody ?? '').slice(0, 200)}`);
    }
  }

  private run<T>(what: string, signal: AbortSignal | undefined, work: (call: ExchangeCall) => Promise<T>): Promise<T> {
    return runExchangeCall(signal, async (call) => {
      try {
        signal?.throwIfAborted();
        return await work(call);
      } catch (error) {
        throw ccxtProviderError(this.ccxt, this.id, what, error, call);
      }
    });
  }
}
