import type { SignalAction } from '@goldensignals/engine';

/** A question the assistant answers from the data without a language model. */
export type ChatIntent =
  | { readonly kind: 'explain-signal'; readonly symbol: string; /** The action the question assumed ("why is X a BUY"), if any. */ readonly asked: SignalAction | null }
  | { readonly kind: 'top-agents' }
  | { readonly kind: 'last-backtest' }
  | { readonly kind: 'latest-signals'; readonly action: SignalAction | null; readonly symbols: readonly string[] }
  | { readonly kind: 'quote'; readonly symbol: string }
  | { readonly kind: 'portfolio' }
  /** Anything else; `topic` when the question was recognised but needs a model (running a backtest from words). */
  | { readonly kind: 'help'; readonly topic: 'run-backtest' | null };

/** A ticker as written in a question: `AAPL`, `$aapl`, `BTC-USD`, `EURUSD=X`, `^GSPC`, `BRK.B`. */
const SYM = String.raw`\$?(?<symbol>\^?[A-Za-z0-9][A-Za-z0-9.\-=/]{0,19})`;

/** Words that fill a ticker's place in the patterns but are never one. */
const NOT_SYMBOLS = new Set(
  `a an the it its this that these those my your our their his her me i we you they he she them us
   is are was were be been does do did has have had will would should can could
   buy sell hold buying selling holding bullish bearish signal signals stock stocks share shares ticker symbol price quote
   now today todays currently current rated rating latest newest recent new last any all some top best strong weak
   so why what how there here for on of in to and or much worth trading at about with from by up down market`.split(/\s+/),
);

const ACTIONS: Readonly<Record<string, SignalAction>> = { buy: 'BUY', bullish: 'BUY', sell: 'SELL', bearish: 'SELL', hold: 'HOLD' };

/** Patterns naming a symbol's signal, the symbol in group `symbol` and an assumed action in group `action`. */
const EXPLAIN_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\bwhy\s+(?:is|was|are|does|did)\s+(?:the\s+)?(?:stock\s+|ticker\s+)?${SYM}(?:'s)?\b[^?.!]*?\b(?<action>buy|sell|hold|bullish|bearish)\b`, 'gi'),
  new RegExp(String.raw`\b(?:why|should)\s+(?:should\s+|would\s+|do\s+|does\s+|did\s+)?(?:i\s+|we\s+|you\s+|it\s+)?(?:say\s+)?(?:to\s+)?(?<action>buy|sell|hold)\s+(?:the\s+)?${SYM}`, 'gi'),
  new RegExp(String.raw`\b(?:is|are)\s+${SYM}\s+(?:a\s+|an\s+|still\s+|now\s+)*(?<action>buy|sell|hold|bullish|bearish)\b`, 'gi'),
  new RegExp(String.raw`\b(?:explain|reasons?\s+(?:behind|for)|reasoning\s+(?:behind|for)|break\s*down|details\s+(?:of|on|for))\s+(?:the\s+)?(?:latest\s+|current\s+|last\s+)?(?:signal\s+(?:for|on|of)\s+)?${SYM}`, 'gi'),
  new RegExp(String.raw`\b(?:signal|rating|recommendation|call|verdict)\s+(?:for|on|of)\s+${SYM}`, 'gi'),
  new RegExp(String.raw`(?:^|\s)${SYM}(?:'s)?\s+(?:signal|rating|recommendation)\b(?!s)`, 'gi'),
];

/** Patterns asking for a symbol's price. */
const QUOTE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:price|quote|value)\s+(?:of|for|on)\s+${SYM}`, 'gi'),
  new RegExp(String.raw`\bhow\s+much\s+(?:is|does|for)\s+(?:one\s+|a\s+)?${SYM}`, 'gi'),
  new RegExp(String.raw`\bwhere\s+is\s+${SYM}\s+trading`, 'gi'),
  new RegExp(String.raw`(?:^|\s)${SYM}(?:'s)?\s+(?:share\s+|stock\s+|current\s+)?(?:price|quote|trading)\b`, 'gi'),
  new RegExp(String.raw`\b(?:quote|price)\s+${SYM}`, 'gi'),
];

function symbolOf(word: string | undefined): string | null {
  if (word === undefined) return null;
  const trimmed = word.replace(/[.\-=/]+$/, '');
  if (trimmed === '' || NOT_SYMBOLS.has(trimmed.toLowerCase())) return null;
  return trimmed.toUpperCase();
}

/** The first match of any pattern whose ticker group holds a ticker (not a filler word). */
function firstSymbolMatch(text: string, patterns: readonly RegExp[]): { symbol: string; action: SignalAction | null } | null {
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const symbol = symbolOf(match.groups?.symbol);
      const action = match.groups?.action;
      if (symbol !== null) return { symbol, action: action === undefined ? null : (ACTIONS[action.toLowerCase()] ?? null) };
    }
  }
  return null;
}

/** Tickers written in capitals (or as cashtags) anywhere in the text, in order, once each. */
function writtenTickers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|[\s,(])(\$[A-Za-z][A-Za-z0-9.\-=/]{0,19}|\^?[A-Z][A-Z0-9]{0,9}(?:[.\-=/][A-Z0-9]{1,5})?)(?=$|[\s,.?!)'])/g)) {
    const symbol = symbolOf(match[1].replace(/^\$/, ''));
    if (symbol !== null && !found.includes(symbol) && symbol !== 'I' && symbol !== 'A') found.push(symbol);
  }
  return found;
}

function actionIn(text: string): SignalAction | null {
  const match = /\b(buy|sell|hold)\b/i.exec(text);
  return match === null ? null : (ACTIONS[match[1].toLowerCase()] ?? null);
}

/**
 * What a question asks, by keywords and patterns: the common questions the AI Lab answers from the data when no
 * language model is configured. Anything unrecognised is `help` (the list of what can be answered).
 */
export function matchIntent(question: string): ChatIntent {
  const text = question.replace(/[\u2018\u2019]/g, "'").trim();
  if (/\b(?:run|start|launch|make|create|do)\s+(?:a\s+|an?other\s+|the\s+)?(?:new\s+)?back-?test/i.test(text)) return { kind: 'help', topic: 'run-backtest' };
  if (/\bback-?tests?\b/i.test(text)) return { kind: 'last-backtest' };
  if (/\bleader-?board\b/i.test(text) || (/\bagents?\b/i.test(text) && /accura|best|top|reliab|trust|perform|hit\s*rate|right|win|rank|good|weight|score/i.test(text))) {
    return { kind: 'top-agents' };
  }
  if (/\b(?:portfolios?|positions?|holdings|p&l|pnl|p\/l|equity|paper\s+account)(?=$|[\s,.?!])/i.test(text)) return { kind: 'portfolio' };
  const explained = firstSymbolMatch(text, EXPLAIN_PATTERNS);
  if (explained !== null) return { kind: 'explain-signal', symbol: explained.symbol, asked: explained.action };
  const quoted = firstSymbolMatch(text, QUOTE_PATTERNS);
  if (quoted !== null) return { kind: 'quote', symbol: quoted.symbol };
  if (/\bsignals\b/i.test(text) || /\b(?:latest|newest|recent|new|today'?s?)\b.*\bsignal\b/i.test(text)) {
    return { kind: 'latest-signals', action: actionIn(text), symbols: writtenTickers(text) };
  }
  // A bare ticker ("AAPL?", "what about $TSLA") asks for its signal.
  const bare = /^(?:what\s+about\s+|and\s+|how\s+about\s+)?(\$?\^?[A-Za-z0-9][A-Za-z0-9.\-=/]{0,19})\s*\??$/i.exec(text);
  const tickers = writtenTickers(text);
  if (bare !== null && (tickers.length === 1 || bare[1].startsWith('$'))) {
    const symbol = symbolOf(bare[1].replace(/^\$/, ''));
    if (symbol !== null) return { kind: 'explain-signal', symbol, asked: null };
  }
  return { kind: 'help', topic: null };
}
