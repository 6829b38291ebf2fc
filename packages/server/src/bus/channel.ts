import { isTimeframe, TIMEFRAMES, type Timeframe } from '@goldensignals/engine';
import { canonicalMarketSymbol, MARKET_SYMBOL_RULE } from './market-symbol.js';

/** The channel forms clients may subscribe to, as the WebSocket `welcome` lists them. */
export const CHANNEL_FORMS = ['signals', 'signals:<SYMBOL>', 'quotes:<SYMBOL>', 'bars:<SYMBOL>:<timeframe>', 'portfolio:<id>', 'alerts'] as const;

/** Channel kinds, for limits and metrics: every signal, one symbol's signals, quotes, bars, a portfolio, the caller's alerts. */
export const CHANNEL_KINDS = ['signals', 'symbolSignals', 'quotes', 'bars', 'portfolio', 'alerts'] as const;

/** One of {@link CHANNEL_KINDS}. */
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** A parsed channel; `name` is its canonical text (symbols upper-cased). */
export type Channel =
  | { readonly kind: 'signals' | 'alerts'; readonly name: string }
  | { readonly kind: 'symbolSignals' | 'quotes'; readonly name: string; readonly symbol: string }
  | { readonly kind: 'bars'; readonly name: string; readonly symbol: string; readonly timeframe: Timeframe }
  | { readonly kind: 'portfolio'; readonly name: string; readonly portfolioId: string };

/** Why a channel text was refused: an unknown prefix, or a known one with a bad symbol, timeframe or id. */
export interface ChannelProblem {
  readonly reason: 'unknown' | 'malformed';
  /** Names the channel and what is wrong, and lists the accepted forms. */
  readonly message: string;
}

/** The outcome of {@link parseChannel}. */
export type ChannelParse = { readonly ok: true; readonly channel: Channel } | { readonly ok: false; readonly problem: ChannelProblem };

const PORTFOLIO_ID = /^[A-Za-z0-9_-]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FORMS = `channels are ${CHANNEL_FORMS.join(', ')}`;
const MAX_SHOWN = 80;

function quoted(text: string): string {
  return JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);
}

function malformed(text: string, what: string): ChannelParse {
  return { ok: false, problem: { reason: 'malformed', message: `channel ${quoted(text)}: ${what}; ${FORMS}` } };
}

function symbolChannel(text: string, kind: 'symbolSignals' | 'quotes', prefix: string, rawSymbol: string): ChannelParse {
  const symbol = canonicalMarketSymbol(rawSymbol);
  if (symbol === undefined) return malformed(text, `symbol ${quoted(rawSymbol)} is not valid (${MARKET_SYMBOL_RULE})`);
  return { ok: true, channel: { kind, name: `${prefix}:${symbol}`, symbol } };
}

function barsChannel(text: string, parts: readonly string[]): ChannelParse {
  if (parts.length !== 3) return malformed(text, 'a bars channel is bars:<SYMBOL>:<timeframe>');
  const [, rawSymbol, timeframe] = parts;
  const symbol = canonicalMarketSymbol(rawSymbol);
  if (symbol === undefined) return malformed(text, `symbol ${quoted(rawSymbol)} is not valid (${MARKET_SYMBOL_RULE})`);
  if (!isTimeframe(timeframe)) return malformed(text, `timeframe ${quoted(timeframe)} is not one of ${TIMEFRAMES.join(', ')}`);
  return { ok: true, channel: { kind: 'bars', name: `bars:${symbol}:${timeframe}`, symbol, timeframe } };
}

function portfolioChannel(text: string, parts: readonly string[]): ChannelParse {
  const id = parts.slice(1).join(':');
  if (!PORTFOLIO_ID.test(id)) return malformed(text, `portfolio id ${quoted(id)} is not valid (letters, digits, _ and -, at most 64 characters)`);
  // Stored ids are UUIDs in lower case; a client that upper-cases one still means the same portfolio.
  const portfolioId = UUID.test(id) ? id.toLowerCase() : id;
  return { ok: true, channel: { kind: 'portfolio', name: `portfolio:${portfolioId}`, portfolioId } };
}

/** Parses and canonicalises a channel name (`signals:aapl` → `signals:AAPL`), or says what is wrong with it. */
export function parseChannel(text: string): ChannelParse {
  const parts = text.split(':');
  switch (parts[0]) {
    case 'signals':
      if (parts.length === 1) return { ok: true, channel: { kind: 'signals', name: 'signals' } };
      if (parts.length !== 2) return malformed(text, 'a symbol signals channel is signals:<SYMBOL>');
      return symbolChannel(text, 'symbolSignals', 'signals', parts[1]);
    case 'quotes':
      if (parts.length !== 2) return malformed(text, 'a quotes channel is quotes:<SYMBOL>');
      return symbolChannel(text, 'quotes', 'quotes', parts[1]);
    case 'bars':
      return barsChannel(text, parts);
    case 'portfolio':
      return portfolioChannel(text, parts);
    case 'alerts':
      // One channel for everyone: each connection gets the alerts of its own account on it.
      if (parts.length !== 1) return malformed(text, 'the alerts channel is just alerts (each connection gets its own account\'s alerts)');
      return { ok: true, channel: { kind: 'alerts', name: 'alerts' } };
    default:
      return { ok: false, problem: { reason: 'unknown', message: `unknown channel ${quoted(text)}; ${FORMS}` } };
  }
}

/** The canonical channel of `text`; throws a RangeError naming the problem (for publishers, whose input is code). */
export function canonicalChannel(text: string): Channel {
  const parsed = parseChannel(text);
  if (!parsed.ok) throw new RangeError(parsed.problem.message);
  return parsed.channel;
}
