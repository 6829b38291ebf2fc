import { assetClassOf, type AssetClass } from './asset-class.js';
import { CryptoSessionRules } from './crypto-session-rules.js';
import { FxSessionRules } from './fx-session-rules.js';
import { MarketCalendar } from './market-calendar.js';
import { NyseSessionRules } from './nyse-session-rules.js';

/** New York Stock Exchange: equities, ETFs and indices. */
export const NYSE_CALENDAR = new MarketCalendar(new NyseSessionRules());
/** Crypto: 24/7, one session per UTC day. */
export const CRYPTO_CALENDAR = new MarketCalendar(new CryptoSessionRules());
/** FX: Sunday 17:00 to Friday 17:00 New York, sessions rolling over at 17:00. */
export const FX_CALENDAR = new MarketCalendar(new FxSessionRules());

const BY_ASSET_CLASS: Readonly<Record<AssetClass, MarketCalendar>> = { equity: NYSE_CALENDAR, crypto: CRYPTO_CALENDAR, fx: FX_CALENDAR };

/** The calendar of an asset class. */
export function calendarForAssetClass(assetClass: AssetClass): MarketCalendar {
  return BY_ASSET_CLASS[assetClass];
}

/** The calendar a symbol trades on (see {@link assetClassOf} for the rules). */
export function calendarForSymbol(symbol: string): MarketCalendar {
  return BY_ASSET_CLASS[assetClassOf(symbol)];
}
