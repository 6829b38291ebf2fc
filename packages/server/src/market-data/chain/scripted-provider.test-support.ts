import { TIMEFRAME_MS, type Bar, type Timeframe } from '@goldensignals/engine';
import type { BarRequest } from '../bar-request.js';
import type { MarketDataProvider } from '../market-data-provider.js';
import type { NewsArticle } from '../news-article.js';
import { ProviderError } from '../provider-error.js';
import type { Quote } from '../quote.js';
import type { ChainClock } from './chain-clock.js';
import type { RateLimit } from './token-bucket.js';

/** What a scripted call does before answering: fail with this error, or hang until aborted. */
export type ScriptedStep = Error | 'hang';

/** One call a scripted provider received. */
export interface ScriptedCall {
  readonly method: string;
  /** The symbol, or for bars `from`/`to` as numbers. */
  readonly request: string | BarRequest;
  /** Clock time of the call. */
  readonly time: number;
  readonly signal: AbortSignal | undefined;
}

/** Options of {@link ScriptedProvider}. */
export interface ScriptedProviderOptions {
  readonly clock: ChainClock;
  readonly simulated?: boolean;
  readonly rateLimit?: RateLimit;
  /** Added to every price so tests can tell which provider's data they got. */
  readonly priceOffset?: number;
  /** Gives the provider a `news` method. */
  readonly withNews?: boolean;
  /** A bar appears only this long after it closed (a source publishing late); the forming bar not at all. */
  readonly publishDelayMs?: number;
}

/**
 * The bar a scripted provider reports at `time`: a pure function of time (as a real source's closed
 * bars are). A forming bar (not closed by `now`) has a different close, as the real one would.
 */
export function scriptedBar(time: number, timeframe: Timeframe, priceOffset: number, now: number): Bar {
  const step = time / TIMEFRAME_MS[timeframe];
  const base = 100 + priceOffset + (step % 50);
  const forming = time + TIMEFRAME_MS[timeframe] > now;
  return { time, open: base, high: base + 2, low: base - 1, close: forming ? base + 0.5 : base + 1, volume: 1000 + (step % 100) };
}

/** A market data provider that answers from formulas and fails exactly as a test scripts it. */
export class ScriptedProvider implements MarketDataProvider {
  readonly simulated: boolean;
  readonly rateLimit: RateLimit;
  readonly calls: ScriptedCall[] = [];
  news?: (symbol: string, limit: number, signal?: AbortSignal) => Promise<NewsArticle[]>;
  private readonly script: ScriptedStep[] = [];
  private always: ScriptedStep | undefined;
  private readonly priceOffset: number;

  constructor(
    readonly id: string,
    private readonly options: ScriptedProviderOptions,
  ) {
    this.simulated = options.simulated ?? false;
    this.rateLimit = options.rateLimit ?? { requests: 1000, perMs: 1000 };
    this.priceOffset = options.priceOffset ?? 0;
    if (options.withNews === true) {
      this.news = async (symbol, limit, signal) => {
        await this.step('news', symbol, signal);
        const article: NewsArticle = { id: `${this.id}-${symbol}-1`, symbols: [symbol], title: `${symbol} news from ${this.id}`, summary: null, url: null, publisher: this.id, time: this.options.clock.now(), source: this.id, simulated: this.simulated };
        return [article].slice(0, limit);
      };
    }
  }

  /** The next calls do these steps, one each, before answering normally. */
  failNext(...steps: ScriptedStep[]): this {
    this.script.push(...steps);
    return this;
  }

  /** Every call (after the scripted ones) does this step; `undefined` heals the provider. */
  failAlways(step: ScriptedStep | undefined): this {
    this.always = step;
    return this;
  }

  /** Calls of one method. */
  callsOf(method: string): ScriptedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  async bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]> {
    await this.step('bars', request, signal);
    const now = this.options.clock.now();
    const step = TIMEFRAME_MS[request.timeframe];
    const bars: Bar[] = [];
    const latest = this.options.publishDelayMs === undefined ? now : now - step - this.options.publishDelayMs;
    for (let time = Math.ceil(request.from / step) * step; time < request.to && time <= latest; time += step) {
      bars.push(scriptedBar(time, request.timeframe, this.priceOffset, now));
    }
    return bars;
  }

  async quote(symbol: string, signal?: AbortSignal): Promise<Quote> {
    await this.step('quote', symbol, signal);
    const price = 100 + this.priceOffset + this.callsOf('quote').length;
    return {
      symbol, price, previousClose: 100, change: price - 100, changePercent: price - 100, open: 100, high: price, low: 100, volume: 1000,
      bid: null, ask: null, currency: 'USD', time: this.options.clock.now(), source: this.id, simulated: this.simulated,
    };
  }

  private async step(method: string, request: string | BarRequest, signal: AbortSignal | undefined): Promise<void> {
    this.calls.push({ method, request, time: this.options.clock.now(), signal });
    const step = this.script.shift() ?? this.always;
    if (step === undefined) return;
    if (step !== 'hang') throw step;
    await new Promise<never>((_, reject) => {
      if (signal === undefined) return;
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }
}

/** A 503 from `provider`, as its adapter would throw it. */
export function unavailable(provider: string): ProviderError {
  return new ProviderError(provider, 'unavailable', 'HTTP 503 Service Unavailable', { status: 503 });
}
