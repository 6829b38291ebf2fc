import type { SourcedData } from '../market-data/chain/sourced-data.js';
import type { Fundamentals } from '../market-data/fundamentals.js';

/** The part of the provider chain company names come from (`ProviderChain` has it). */
export interface FundamentalsChain {
  fundamentals(symbol: string, signal?: AbortSignal): Promise<SourcedData<Fundamentals>>;
}

/** Options of {@link ChainCompanyNames}. */
export interface ChainCompanyNamesOptions {
  /** A symbol whose name could not be fetched is asked again after this long, ms; default 1 h. */
  readonly retryAfterMs?: number;
  readonly now?: () => number;
}

/**
 * Registered company names of symbols, from the providers' fundamentals, fetched once per symbol and kept
 * in memory (names hardly change). A symbol without a name, or whose fetch failed, is asked again only
 * after `retryAfterMs`, so a provider without fundamentals is not asked every round.
 */
export class ChainCompanyNames {
  private readonly names = new Map<string, { readonly name: string | null; readonly at: number }>();
  private readonly retryAfterMs: number;
  private readonly now: () => number;

  constructor(
    private readonly chain: FundamentalsChain,
    options: ChainCompanyNamesOptions = {},
  ) {
    this.retryAfterMs = options.retryAfterMs ?? 3_600_000;
    this.now = options.now ?? Date.now;
  }

  /** The names of `symbols` that are known, by symbol. */
  async namesOf(symbols: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    for (const symbol of symbols) {
      let entry = this.names.get(symbol);
      if (entry === undefined || (entry.name === null && this.now() - entry.at >= this.retryAfterMs)) {
        entry = { name: await this.fetchName(symbol), at: this.now() };
        this.names.set(symbol, entry);
      }
      if (entry.name !== null) result.set(symbol, [entry.name]);
    }
    return result;
  }

  private async fetchName(symbol: string): Promise<string | null> {
    try {
      const name = (await this.chain.fundamentals(symbol)).data.name?.trim();
      return name === undefined || name === '' ? null : name;
    } catch {
      // No provider has it now: the symbol is tied by ticker alone until the next try.
      return null;
    }
  }
}
