import type { ServerConfig } from '../config/server-config.js';
import type { ProviderId } from '../config/provider-id.js';
import type { MarketDataProvider } from '../market-data/market-data-provider.js';
import { AlphaVantageProvider } from '../market-data/providers/alpha-vantage/alpha-vantage-provider.js';
import { createCcxtProvider } from '../market-data/providers/ccxt/ccxt-provider.js';
import { CsvProvider } from '../market-data/providers/csv/csv-provider.js';
import { FinnhubProvider } from '../market-data/providers/finnhub/finnhub-provider.js';
import { PolygonProvider } from '../market-data/providers/polygon/polygon-provider.js';
import { YahooProvider } from '../market-data/providers/yahoo/yahoo-provider.js';
import { MarketSimulator } from '../market-data/simulator/market-simulator.js';

/** Reports what a provider left out or could not use (a warning, not an error). */
export type ProviderWarning = (provider: ProviderId, message: string) => void;

function requireKey(key: string | null, name: string): string {
  // loadConfig already refuses a keyed provider without its key; this only narrows the type.
  if (key === null) throw new Error(`${name} is not set`);
  return key;
}

/** Builds the configured providers in fallback order. */
export async function createProviders(config: ServerConfig, warn: ProviderWarning, now?: () => number): Promise<MarketDataProvider[]> {
  const providers: MarketDataProvider[] = [];
  for (const id of config.marketDataProviders) {
    switch (id) {
      case 'yahoo':
        providers.push(new YahooProvider({ onWarning: (message) => warn(id, message) }));
        break;
      case 'polygon':
        providers.push(new PolygonProvider({ apiKey: requireKey(config.polygonApiKey, 'POLYGON_API_KEY') }));
        break;
      case 'alphavantage':
        providers.push(new AlphaVantageProvider({ apiKey: requireKey(config.alphaVantageApiKey, 'ALPHA_VANTAGE_API_KEY') }));
        break;
      case 'finnhub':
        providers.push(new FinnhubProvider({ apiKey: requireKey(config.finnhubApiKey, 'FINNHUB_API_KEY') }));
        break;
      case 'ccxt':
        providers.push(await createCcxtProvider({ exchange: config.ccxtExchange }));
        break;
      case 'csv':
        providers.push(new CsvProvider({ path: requireKey(config.csvPath, 'CSV_PATH'), onWarning: (message) => warn(id, message) }));
        break;
      case 'simulator':
        providers.push(new MarketSimulator({ seed: config.simulatorSeed, now }));
        break;
    }
  }
  return providers;
}
