import type { Exchange } from 'ccxt';
import type { CcxtModule } from './ccxt-provider-error.js';
import { exchangeCallFetch } from './exchange-call-context.js';
import { isRecord } from '../../../support/value-guards.js';

/** Constructor options that would make the exchange private: the provider uses public endpoints only. */
const CREDENTIALS = ['apiKey', 'secret', 'password', 'uid', 'login', 'privateKey', 'walletAddress', 'token'] as const;

/**
 * Options per exchange that keep market loading to spot markets (public, one request); Binance
 * otherwise also loads its USD-M and COIN-M futures markets from two more hosts.
 */
const SPOT_ONLY: Readonly<Record<string, Record<string, unknown>>> = {
  binance: { fetchMarkets: { types: ['spot'] } },
};

type ExchangeClass = new (config: Record<string, unknown>) => Exchange;

/**
 * A ccxt exchange by id for public market data: spot markets by default, ccxt's own request
 * throttle on, `overrides` (e.g. `urls`, `timeout`) merged over that, and the call-scoped fetch of
 * {@link exchangeCallFetch}. Throws a RangeError for an unknown id or credentials in `overrides`.
 */
export function createCcxtExchange(ccxt: CcxtModule, id: string, overrides: Readonly<Record<string, unknown>> = {}): Exchange {
  const classes: Readonly<Record<string, unknown>> = ccxt.exchanges;
  const candidate = classes[id];
  if (!isExchangeClass(ccxt, candidate)) {
    throw new RangeError(`unknown ccxt exchange "${id}"; ccxt ${ccxt.version} has ${Object.keys(classes).join(', ')}`);
  }
  const credentials = CREDENTIALS.filter((key) => key in overrides);
  if (credentials.length > 0) {
    throw new RangeError(`the ccxt market data provider uses public endpoints only; remove ${credentials.join(', ')} from its exchange options`);
  }
  const options = { defaultType: 'spot', ...SPOT_ONLY[id], ...(isRecord(overrides.options) ? overrides.options : {}) };
  const exchange = new candidate({ enableRateLimit: true, ...overrides, options });
  exchange.fetchImplementation = exchangeCallFetch();
  return exchange;
}

function isExchangeClass(ccxt: CcxtModule, value: unknown): value is ExchangeClass {
  return typeof value === 'function' && value.prototype instanceof ccxt.Exchange;
}
