/**
 * Which signal channels each bench WebSocket client holds. With `symbolsPerClient` 0 every client holds `signals`
 * (every signal reaches every client: the worst case). Otherwise client g of the whole group watches
 * `symbolsPerClient` symbols of a universe of `universe` bench symbols, consecutive from g × symbolsPerClient (mod the
 * universe), as a trader's watchlist does; the burst's signals are spread evenly over the universe.
 */
export interface FanOutSubscriptions {
  /** Symbols each client watches; 0 = every client on `signals`. */
  readonly symbolsPerClient: number;
  /** Bench symbols the signals are spread over. */
  readonly universe: number;
}

/** Every client on `signals`. */
export const ALL_SIGNALS: FanOutSubscriptions = { symbolsPerClient: 0, universe: 1 };

/** The k-th bench symbol (`S0000`, `S0001`, ...): a valid market symbol no provider knows. */
export function benchSymbol(k: number): string {
  return `S${String(k).padStart(4, '0')}`;
}

/** The channels client `clientIndex` (over the whole group) subscribes to. */
export function channelsOfClient(clientIndex: number, subscriptions: FanOutSubscriptions): string[] {
  if (subscriptions.symbolsPerClient === 0) return ['signals'];
  return Array.from({ length: subscriptions.symbolsPerClient }, (_, j) => `signals:${benchSymbol((clientIndex * subscriptions.symbolsPerClient + j) % subscriptions.universe)}`);
}

/** How many of the clients `first` .. `first + count - 1` receive a signal of each symbol (`signals` counts as every symbol). */
export function receiversPerSymbol(first: number, count: number, subscriptions: FanOutSubscriptions): (symbol: string) => number {
  if (subscriptions.symbolsPerClient === 0) return () => count;
  const receivers = new Map<string, number>();
  for (let client = first; client < first + count; client++) {
    for (const channel of channelsOfClient(client, subscriptions)) {
      const symbol = channel.slice('signals:'.length);
      receivers.set(symbol, (receivers.get(symbol) ?? 0) + 1);
    }
  }
  return (symbol) => receivers.get(symbol) ?? 0;
}

/** Checks the options; throws an Error naming the one that is wrong. */
export function checkFanOutSubscriptions(subscriptions: FanOutSubscriptions): void {
  const { symbolsPerClient, universe } = subscriptions;
  if (!Number.isInteger(symbolsPerClient) || symbolsPerClient < 0) throw new Error(`symbols per client must be a whole number ≥ 0, got ${symbolsPerClient}`);
  if (!Number.isInteger(universe) || universe < 1 || universe > 10_000) throw new Error(`the symbol universe must be a whole number from 1 to 10,000, got ${universe}`);
  if (symbolsPerClient > universe) throw new Error(`${symbolsPerClient} symbols per client is more than the universe of ${universe} symbols`);
}
