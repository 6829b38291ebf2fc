/** Kind of instrument, as symbol search reports it. */
export type InstrumentType = 'equity' | 'etf' | 'index' | 'crypto' | 'fx';

/** A well-known symbol with realistic levels for the simulator (prices of late 2024). */
export interface KnownSymbol {
  readonly symbol: string;
  readonly name: string;
  readonly type: InstrumentType;
  readonly exchange: string;
  /** Typical price level. */
  readonly price: number;
  /** Annualised volatility of daily returns. */
  readonly volatility: number;
  /** Typical daily volume: shares, quote currency for crypto, ticks for FX. */
  readonly volume: number;
  readonly sector?: string;
  readonly industry?: string;
  /** Shares outstanding (stocks) or circulating supply (crypto), in millions. */
  readonly supplyMillions?: number;
  /** Earnings per share over price. */
  readonly earningsYield?: number;
  readonly dividendYield?: number;
}

const stock = (symbol: string, name: string, price: number, volatility: number, volumeMillions: number, sector: string, industry: string,
  supplyMillions: number, earningsYield: number, dividendYield: number): KnownSymbol => ({
  symbol, name, type: 'equity', exchange: 'NASDAQ', price, volatility, volume: volumeMillions * 1e6, sector, industry, supplyMillions, earningsYield, dividendYield,
});
const nyse = (known: KnownSymbol): KnownSymbol => ({ ...known, exchange: 'NYSE' });

/** The simulator's built-in universe: what symbol search lists and where realistic levels apply. */
export const KNOWN_SYMBOLS: readonly KnownSymbol[] = [
  stock('AAPL', 'Apple Inc.', 230, 0.27, 55, 'Technology', 'Consumer Electronics', 15_100, 0.028, 0.0044),
  stock('MSFT', 'Microsoft Corporation', 420, 0.25, 20, 'Technology', 'Software—Infrastructure', 7_430, 0.03, 0.0075),
  stock('GOOGL', 'Alphabet Inc.', 170, 0.3, 25, 'Communication Services', 'Internet Content & Information', 12_200, 0.044, 0.0047),
  stock('AMZN', 'Amazon.com, Inc.', 200, 0.32, 40, 'Consumer Cyclical', 'Internet Retail', 10_500, 0.025, 0),
  stock('META', 'Meta Platforms, Inc.', 580, 0.4, 14, 'Communication Services', 'Internet Content & Information', 2_520, 0.036, 0.0035),
  stock('NVDA', 'NVIDIA Corporation', 135, 0.55, 250, 'Technology', 'Semiconductors', 24_500, 0.019, 0.0003),
  stock('TSLA', 'Tesla, Inc.', 250, 0.6, 90, 'Consumer Cyclical', 'Auto Manufacturers', 3_200, 0.012, 0),
  stock('NFLX', 'Netflix, Inc.', 700, 0.4, 3.5, 'Communication Services', 'Entertainment', 428, 0.025, 0),
  stock('AMD', 'Advanced Micro Devices, Inc.', 140, 0.5, 45, 'Technology', 'Semiconductors', 1_620, 0.009, 0),
  stock('INTC', 'Intel Corporation', 22, 0.42, 60, 'Technology', 'Semiconductors', 4_300, -0.02, 0.017),
  stock('ADBE', 'Adobe Inc.', 480, 0.33, 3, 'Technology', 'Software—Application', 440, 0.022, 0),
  stock('COST', 'Costco Wholesale Corporation', 900, 0.2, 2, 'Consumer Defensive', 'Discount Stores', 443, 0.019, 0.005),
  nyse(stock('JPM', 'JPMorgan Chase & Co.', 230, 0.24, 9, 'Financial Services', 'Banks—Diversified', 2_820, 0.075, 0.021)),
  nyse(stock('BAC', 'Bank of America Corporation', 42, 0.28, 35, 'Financial Services', 'Banks—Diversified', 7_700, 0.076, 0.024)),
  nyse(stock('V', 'Visa Inc.', 300, 0.2, 7, 'Financial Services', 'Credit Services', 1_950, 0.033, 0.0075)),
  nyse(stock('BRK-B', 'Berkshire Hathaway Inc.', 460, 0.17, 4, 'Financial Services', 'Insurance—Diversified', 2_160, 0.045, 0)),
  nyse(stock('WMT', 'Walmart Inc.', 85, 0.18, 15, 'Consumer Defensive', 'Discount Stores', 8_030, 0.028, 0.0098)),
  nyse(stock('KO', 'The Coca-Cola Company', 63, 0.15, 13, 'Consumer Defensive', 'Beverages—Non-Alcoholic', 4_310, 0.04, 0.031)),
  nyse(stock('JNJ', 'Johnson & Johnson', 150, 0.16, 7, 'Healthcare', 'Drug Manufacturers—General', 2_410, 0.067, 0.033)),
  nyse(stock('PFE', 'Pfizer Inc.', 26, 0.25, 35, 'Healthcare', 'Drug Manufacturers—General', 5_670, 0.065, 0.065)),
  nyse(stock('XOM', 'Exxon Mobil Corporation', 115, 0.24, 15, 'Energy', 'Oil & Gas Integrated', 4_400, 0.07, 0.033)),
  nyse(stock('DIS', 'The Walt Disney Company', 100, 0.28, 9, 'Communication Services', 'Entertainment', 1_810, 0.026, 0.0095)),
  { symbol: 'SPY', name: 'SPDR S&P 500 ETF Trust', type: 'etf', exchange: 'NYSE Arca', price: 580, volatility: 0.16, volume: 60e6, dividendYield: 0.012 },
  { symbol: 'QQQ', name: 'Invesco QQQ Trust', type: 'etf', exchange: 'NASDAQ', price: 500, volatility: 0.21, volume: 35e6, dividendYield: 0.006 },
  { symbol: 'IWM', name: 'iShares Russell 2000 ETF', type: 'etf', exchange: 'NYSE Arca', price: 220, volatility: 0.22, volume: 30e6, dividendYield: 0.011 },
  { symbol: 'DIA', name: 'SPDR Dow Jones Industrial Average ETF', type: 'etf', exchange: 'NYSE Arca', price: 430, volatility: 0.15, volume: 3e6, dividendYield: 0.016 },
  { symbol: 'GLD', name: 'SPDR Gold Shares', type: 'etf', exchange: 'NYSE Arca', price: 240, volatility: 0.15, volume: 8e6, dividendYield: 0 },
  { symbol: 'TLT', name: 'iShares 20+ Year Treasury Bond ETF', type: 'etf', exchange: 'NASDAQ', price: 92, volatility: 0.16, volume: 40e6, dividendYield: 0.043 },
  { symbol: '^GSPC', name: 'S&P 500', type: 'index', exchange: 'SNP', price: 5_800, volatility: 0.16, volume: 4e9 },
  { symbol: '^DJI', name: 'Dow Jones Industrial Average', type: 'index', exchange: 'DJI', price: 43_000, volatility: 0.15, volume: 4e8 },
  { symbol: '^IXIC', name: 'NASDAQ Composite', type: 'index', exchange: 'NASDAQ', price: 18_500, volatility: 0.21, volume: 6e9 },
  { symbol: 'BTC-USD', name: 'Bitcoin USD', type: 'crypto', exchange: 'CCC', price: 90_000, volatility: 0.6, volume: 3e10, supplyMillions: 19.8 },
  { symbol: 'ETH-USD', name: 'Ethereum USD', type: 'crypto', exchange: 'CCC', price: 3_200, volatility: 0.72, volume: 1.5e10, supplyMillions: 120.4 },
  { symbol: 'SOL-USD', name: 'Solana USD', type: 'crypto', exchange: 'CCC', price: 180, volatility: 0.9, volume: 3e9, supplyMillions: 475 },
  { symbol: 'XRP-USD', name: 'XRP USD', type: 'crypto', exchange: 'CCC', price: 0.6, volatility: 0.8, volume: 2e9, supplyMillions: 57_000 },
  { symbol: 'DOGE-USD', name: 'Dogecoin USD', type: 'crypto', exchange: 'CCC', price: 0.15, volatility: 0.95, volume: 1.5e9, supplyMillions: 147_000 },
  { symbol: 'EURUSD=X', name: 'EUR/USD', type: 'fx', exchange: 'CCY', price: 1.08, volatility: 0.075, volume: 150_000 },
  { symbol: 'GBPUSD=X', name: 'GBP/USD', type: 'fx', exchange: 'CCY', price: 1.27, volatility: 0.08, volume: 120_000 },
  { symbol: 'USDJPY=X', name: 'USD/JPY', type: 'fx', exchange: 'CCY', price: 150, volatility: 0.1, volume: 140_000 },
  { symbol: 'AUDUSD=X', name: 'AUD/USD', type: 'fx', exchange: 'CCY', price: 0.66, volatility: 0.1, volume: 90_000 },
  { symbol: 'USDCAD=X', name: 'USD/CAD', type: 'fx', exchange: 'CCY', price: 1.37, volatility: 0.065, volume: 80_000 },
  { symbol: 'USDCHF=X', name: 'USD/CHF', type: 'fx', exchange: 'CCY', price: 0.88, volatility: 0.08, volume: 70_000 },
];

const BY_SYMBOL = new Map(KNOWN_SYMBOLS.map((known) => [known.symbol, known]));

/** The built-in entry of a symbol (upper case), if it has one. */
export function knownSymbol(symbol: string): KnownSymbol | undefined {
  return BY_SYMBOL.get(symbol);
}
