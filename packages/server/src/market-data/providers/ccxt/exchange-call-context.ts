import { AsyncLocalStorage } from 'node:async_hooks';

/** What one provider call saw of the HTTP exchanges ccxt made for it. */
export interface ExchangeCall {
  /** The caller's signal, merged into every request of the call. */
  readonly signal: AbortSignal | undefined;
  /** Body of the last answer, as text. */
  lastBody: string | undefined;
  /** Headers of the last answer. */
  lastHeaders: Headers | undefined;
}

const calls = new AsyncLocalStorage<ExchangeCall>();

/** Runs `work` as one provider call: the requests ccxt makes inside it are recorded in the returned call. */
export function runExchangeCall<T>(signal: AbortSignal | undefined, work: (call: ExchangeCall) => Promise<T>): Promise<T> {
  const call: ExchangeCall = { signal, lastBody: undefined, lastHeaders: undefined };
  return calls.run(call, () => work(call));
}

/**
 * A fetch implementation for a ccxt exchange (`exchange.fetchImplementation`). ccxt is shared by
 * concurrent calls, so per-call state travels in async context: the caller's AbortSignal is merged
 * with ccxt's own timeout signal, and the answer's body and headers are kept for the call (ccxt keeps
 * only the exchange-wide last answer, which concurrent calls would overwrite).
 */
export function exchangeCallFetch(inner: typeof fetch = (input, init) => globalThis.fetch(input, init)): typeof fetch {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const call = calls.getStore();
    const signals = [init?.signal, call?.signal].filter((signal): signal is AbortSignal => signal instanceof AbortSignal);
    const response = await inner(input, { ...init, signal: signals.length > 0 ? AbortSignal.any(signals) : undefined });
    if (call) {
      call.lastBody = await response.clone().text();
      call.lastHeaders = response.headers;
    }
    return response;
  };
}
