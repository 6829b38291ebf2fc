import { companyNameAliases } from './company-name-aliases.js';

/**
 * Capitalised words that are tickers too but in news nearly always mean something else: a bare mention of
 * them ties nothing (`$ALL` or "NYSE: ALL" still does).
 */
const AMBIGUOUS = new Set([
  'CEO', 'CFO', 'COO', 'CTO', 'IPO', 'ETF', 'ETFS', 'GDP', 'CPI', 'PPI', 'PMI', 'FED', 'FOMC', 'SEC', 'FDA', 'FTC', 'DOJ', 'IRS', 'USA', 'USD', 'EUR', 'GBP',
  'JPY', 'CNY', 'NYSE', 'EPS', 'ESG', 'API', 'IMF', 'ECB', 'BOE', 'BOJ', 'OPEC', 'NATO', 'ALL', 'NOW', 'ONE', 'NEW', 'CAN', 'ARE', 'FOR', 'AND', 'THE',
  'BIG', 'OUT', 'HAS', 'KEY', 'TOP', 'LOW', 'YOY', 'QOQ', 'ATH', 'LLC', 'INC', 'LTD', 'PLC', 'CORP', 'CEOS', 'NFT', 'DAO', 'DEFI', 'WAR', 'TAX', 'JOBS',
]);

const CASHTAG = /\$([A-Za-z][A-Za-z0-9]{0,9}(?:[.-][A-Za-z0-9]{1,4})?)(?![A-Za-z0-9])/g;
const EXCHANGE = /\b(?:NASDAQ(?:GS|GM|CM)?|NYSE(?:\s?American|\s?Arca|\s?MKT)?|AMEX|OTC(?:QX|QB|MKTS)?|TSXV?|LSE|ASX|CBOE|BATS)\s*:\s*([A-Za-z][A-Za-z0-9]{0,9}(?:[.-][A-Za-z0-9]{1,4})?)/gi;
const BARE = /(?<![\p{L}\p{N}$])[A-Z][A-Z0-9]{1,9}(?:[.-][A-Z0-9]{1,4})?(?![\p{L}\p{N}])/gu;
/** Bare tickers shorter than this are too often words or initials ("GE", "MS", "AI"). */
const MIN_BARE_LENGTH = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Text mostly in capitals (a shouted headline): every word would look like a ticker. */
function shouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters.replace(/\p{Lu}/gu, '').length < letters.length * 0.3;
}

/** The tickers a symbol goes by: itself and, for a pair (`BTC-USD`, `ETH/USDT`), its base. */
function tickersOf(symbol: string): string[] {
  const pair = /^([A-Z0-9]{2,10})[-/](USD|USDT|USDC|EUR|GBP|JPY|BTC|ETH)$/.exec(symbol);
  return pair === null ? [symbol] : [symbol, pair[1]];
}

/**
 * Ties text to the symbols it is about, among a known set (the watched symbols): by cashtag (`$AAPL`), by
 * exchange-qualified ticker ("(NASDAQ: AAPL)"), by a bare ticker of three characters or more written in
 * capitals (not in shouted text, not a common acronym), by a feed category equal to a ticker, and by the
 * company's name ("Apple", "Nvidia") when names are known. Simple rules with few false ties, not entity
 * recognition: a text naming a company only by a nickname ties nothing.
 */
export class SymbolTagger {
  private readonly byTicker = new Map<string, Set<string>>();
  private readonly names: { readonly symbol: string; readonly pattern: RegExp }[] = [];

  /** `companyNames`: registered names by symbol, e.g. `AAPL → ["Apple Inc."]`. */
  constructor(symbols: readonly string[], companyNames: ReadonlyMap<string, readonly string[]> = new Map()) {
    for (const raw of symbols) {
      const symbol = raw.toUpperCase();
      for (const ticker of tickersOf(symbol)) {
        const set = this.byTicker.get(ticker) ?? new Set<string>();
        set.add(symbol);
        this.byTicker.set(ticker, set);
      }
      for (const name of companyNames.get(symbol) ?? companyNames.get(raw) ?? []) {
        for (const alias of companyNameAliases(name)) {
          this.names.push({ symbol, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'u') });
        }
      }
    }
  }

  /** The known symbols `text` (and the feed's `categories` for the item) are about, in the order given to the tagger. */
  symbolsIn(text: string, categories: readonly string[] = []): string[] {
    const found = new Set<string>();
    const add = (ticker: string): void => {
      for (const symbol of this.byTicker.get(ticker.toUpperCase()) ?? []) found.add(symbol);
    };
    for (const match of text.matchAll(CASHTAG)) add(match[1]);
    for (const match of text.matchAll(EXCHANGE)) add(match[1]);
    if (!shouting(text)) {
      for (const match of text.matchAll(BARE)) {
        if (match[0].length >= MIN_BARE_LENGTH && !AMBIGUOUS.has(match[0])) add(match[0]);
      }
    }
    for (const category of categories) add(category.trim().replace(/^\$/, '').replace(/^[A-Za-z ]+:\s*/, ''));
    for (const { symbol, pattern } of this.names) if (pattern.test(text)) found.add(symbol);
    const order = [...this.byTicker.values()].flatMap((set) => [...set]);
    return [...new Set(order)].filter((symbol) => found.has(symbol));
  }
}
