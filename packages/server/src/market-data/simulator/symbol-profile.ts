import { assetClassOf, type AssetClass } from '../calendar/asset-class.js';
import { knownSymbol, type InstrumentType, type KnownSymbol } from './known-symbols.js';
import { ticksPerUnit } from './price-grid.js';
import { hashUniform } from './seed-hash.js';
import { splitCurrencyPair, usdValueOf } from './currency-pair.js';

/** Everything the simulator assumes about one symbol; fixed by the symbol alone, never by the seed. */
export interface SymbolProfile {
  /** Upper-case symbol. */
  readonly symbol: string;
  readonly name: string;
  readonly assetClass: AssetClass;
  readonly type: InstrumentType;
  readonly exchange: string | null;
  readonly currency: string;
  /** The level the simulated price wanders around. */
  readonly price: number;
  /** Annualised volatility of daily returns in the normal regime. */
  readonly volatility: number;
  /** Typical daily volume (shares; quote currency for crypto; ticks for FX). */
  readonly volume: number;
  /** Ticks per unit of price (100 = cents). */
  readonly ticksPerUnit: number;
  readonly sector: string | null;
  readonly industry: string | null;
  /** Shares outstanding (stocks) or circulating supply (crypto), in millions. */
  readonly supplyMillions: number | null;
  readonly earningsYield: number | null;
  readonly dividendYield: number | null;
}

const SYMBOL_PATTERN = /^[A-Z0-9^][A-Z0-9.\-/=^]{0,19}$/;
const SECTORS = ['Technology', 'Healthcare', 'Financial Services', 'Industrials', 'Consumer Cyclical', 'Consumer Defensive', 'Energy', 'Utilities', 'Real Estate', 'Basic Materials', 'Communication Services'];

/** The upper-case form of a symbol; throws a RangeError naming it when it cannot be a ticker. */
export function normalizeSymbol(symbol: string): string {
  const upper = symbol.trim().toUpperCase();
  if (!SYMBOL_PATTERN.test(upper)) {
    throw new RangeError(`symbol "${symbol}" is not a ticker: expected 1-20 letters, digits or . - / = ^, starting with a letter, digit or ^`);
  }
  return upper;
}

/** Maps a hash-derived uniform u in [0, 1) log-uniformly onto [low, high]. */
function logBetween(u: number, low: number, high: number): number {
  return Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low)));
}

function fromKnown(symbol: string, assetClass: AssetClass, known: KnownSymbol, currency: string): SymbolProfile {
  return {
    symbol, assetClass, currency, name: known.name, type: known.type, exchange: known.exchange, price: known.price,
    volatility: known.volatility, volume: known.volume, ticksPerUnit: ticksPerUnit(assetClass, known.price),
    sector: known.sector ?? null, industry: known.industry ?? null, supplyMillions: known.supplyMillions ?? null,
    earningsYield: known.earningsYield ?? null, dividendYield: known.dividendYield ?? null,
  };
}

function invented(symbol: string, assetClass: AssetClass): SymbolProfile {
  const u = (field: string): number => hashUniform(symbol, field);
  const base = { symbol, assetClass, sector: null, industry: null, supplyMillions: null, earningsYield: null, dividendYield: null };
  if (assetClass === 'fx') {
    const pair = splitCurrencyPair(symbol);
    const price = usdValueOf(pair.base) / usdValueOf(pair.quote);
    const emerging = ['MXN', 'ZAR', 'TRY', 'BRL', 'INR', 'HUF', 'PLN', 'CZK', 'THB', 'KRW'].some((code) => code === pair.base || code === pair.quote);
    return { ...base, name: `${pair.base}/${pair.quote}`, type: 'fx', exchange: 'CCY', currency: pair.quote, price, volatility: emerging ? 0.13 : 0.085, volume: 60_000, ticksPerUnit: ticksPerUnit('fx', price) };
  }
  if (assetClass === 'crypto') {
    const pair = splitCurrencyPair(symbol);
    const price = logBetween(u('price'), 0.001, 100);
    const supplyMillions = logBetween(u('cap'), 1e8, 1e10) / price / 1e6;
    return { ...base, name: `${pair.base} ${pair.quote}`, type: 'crypto', exchange: 'CCC', currency: pair.quote, price, volatility: 0.7 + 0.6 * u('vol'), volume: Math.round(logBetween(u('volume'), 1e7, 1e9)), ticksPerUnit: ticksPerUnit('crypto', price), supplyMillions };
  }
  const price = logBetween(u('price'), 8, 500);
  const type: InstrumentType = symbol.startsWith('^') ? 'index' : 'equity';
  const company = type === 'equity';
  return {
    ...base, name: `${symbol} (simulated)`, type, exchange: company ? (u('exchange') < 0.5 ? 'NYSE' : 'NASDAQ') : null, currency: 'USD', price,
    volatility: company ? 0.22 + 0.38 * u('vol') : 0.18, volume: Math.round(logBetween(u('volume'), 3e5, 1e7)), ticksPerUnit: ticksPerUnit('equity', price),
    sector: company ? SECTORS[Math.floor(u('sector') * SECTORS.length)] : null,
    supplyMillions: company ? logBetween(u('cap'), 1e9, 3e11) / price / 1e6 : null,
    earningsYield: company ? -0.01 + 0.09 * u('earnings') : null,
    dividendYield: company ? (u('dividend') < 0.4 ? 0 : 0.005 + 0.035 * u('dividend-size')) : null,
  };
}

/** The simulator's profile of a symbol: built-in levels for well-known symbols, hash-derived ones otherwise. */
export function symbolProfileOf(symbol: string): SymbolProfile {
  const upper = normalizeSymbol(symbol);
  const assetClass = assetClassOf(upper);
  const direct = knownSymbol(upper);
  if (assetClass === 'equity') return direct ? fromKnown(upper, assetClass, direct, 'USD') : invented(upper, assetClass);
  const pair = splitCurrencyPair(upper);
  // EUR/USD and BTC/USDT borrow the levels of EURUSD=X and BTC-USD.
  const alias = assetClass === 'fx' ? knownSymbol(`${pair.base}${pair.quote}=X`) : ['USD', 'USDT', 'USDC'].includes(pair.quote) ? knownSymbol(`${pair.base}-USD`) : undefined;
  const known = direct ?? alias;
  return known ? fromKnown(upper, assetClass, known, pair.quote) : invented(upper, assetClass);
}
