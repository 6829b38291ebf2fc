import { parseTimeframe, type Timeframe } from '@goldensignals/engine';
import { parseNewsFeeds, type NewsFeedConfig } from '../news/news-feed-config.js';
import { LOG_LEVELS, type LogLevel } from './log-level.js';
import { PROVIDER_IDS, type ProviderId } from './provider-id.js';
import { REGISTRATION_MODES, type RegistrationMode } from './registration-mode.js';

/** One configuration key: its environment name (also its name in the config file), default and parser. */
export interface ConfigKey<T> {
  readonly name: string;
  readonly description: string;
  /** The value when the key is not set; `null` = no default (optional). */
  readonly defaultValue: T;
  /** Parses the raw text, throwing an Error whose message says what was expected. */
  parse(raw: string): T;
}

function key<T>(name: string, description: string, defaultValue: T, parse: (raw: string) => T): ConfigKey<T> {
  return { name, description, defaultValue, parse };
}

function list(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function integer(min: number, max: number): (raw: string) => number {
  return (raw) => {
    const value = Number(raw);
    if (!/^\s*-?\d+\s*$/.test(raw) || value < min || value > max) throw new Error(`expected an integer from ${min} to ${max}, got "${raw}"`);
    return value;
  };
}

function text(raw: string): string {
  const value = raw.trim();
  if (value === '') throw new Error('must not be empty');
  return value;
}

function url(protocols: readonly string[]): (raw: string) => string {
  return (raw) => {
    let parsed: URL;
    try {
      parsed = new URL(raw.trim());
    } catch {
      throw new Error(`expected a URL such as ${protocols[0]}//host:port/..., got something else`);
    }
    if (!protocols.includes(parsed.protocol)) throw new Error(`expected a ${protocols.join(' or ')} URL, got ${parsed.protocol}`);
    return raw.trim();
  };
}

function providers(raw: string): ProviderId[] {
  const ids = list(raw).map((id) => id.toLowerCase());
  if (ids.length === 0) throw new Error(`name at least one provider of ${PROVIDER_IDS.join(', ')}`);
  for (const id of ids) if (!(PROVIDER_IDS as readonly string[]).includes(id)) throw new Error(`unknown provider "${id}"; known: ${PROVIDER_IDS.join(', ')}`);
  if (new Set(ids).size !== ids.length) throw new Error('a provider is listed twice');
  return ids as ProviderId[];
}

function logLevel(raw: string): LogLevel {
  const level = raw.trim().toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new Error(`expected one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level as LogLevel;
}

function origins(raw: string): string[] {
  return list(raw).map((origin) => {
    if (origin === '*') return origin;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new Error(`"${origin}" is not an origin such as https://app.example.com`);
    }
    if (parsed.origin !== origin.replace(/\/$/, '')) throw new Error(`"${origin}" is not a bare origin (scheme://host[:port], no path)`);
    return parsed.origin;
  });
}

function secret(minLength: number): (raw: string) => string {
  return (raw) => {
    // The value is never echoed: config errors are printed.
    if (raw.length < minLength) throw new Error(`must be at least ${minLength} characters (it has ${raw.length}); generate one with: openssl rand -base64 48`);
    return raw;
  };
}

function oneOf<T extends string>(values: readonly T[]): (raw: string) => T {
  return (raw) => {
    const value = raw.trim().toLowerCase();
    if (!(values as readonly string[]).includes(value)) throw new Error(`"${raw}" is not one of ${values.join(', ')}`);
    return value as T;
  };
}

function boolean(raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new Error(`"${raw}" is not a boolean (true or false)`);
}

function symbols(raw: string): string[] {
  const items = list(raw).map((symbol) => symbol.toUpperCase());
  for (const symbol of items) if (!/^[A-Z0-9.\-=^/]{1,20}$/.test(symbol)) throw new Error(`"${symbol}" is not a symbol`);
  return items;
}

function timeframes(raw: string): Timeframe[] {
  const items = list(raw).map(parseTimeframe);
  if (items.length === 0) throw new Error('name at least one timeframe');
  return items;
}

/** Every configuration key, in the order the docs list them. */
export const CONFIG_KEYS = {
  port: key('PORT', 'HTTP port', 8080, integer(0, 65_535)),
  host: key('HOST', 'interface to bind (0.0.0.0 for all)', '127.0.0.1', text),
  dataDir: key('DATA_DIR', 'folder for the embedded database and generated secrets', './data', text),
  databaseUrl: key<string | null>('DATABASE_URL', 'PostgreSQL server (postgres://...); embedded PGlite when unset', null, url(['postgres:', 'postgresql:'])),
  redisUrl: key<string | null>('REDIS_URL', 'Redis (redis://...) for scale-out; in-process when unset', null, url(['redis:', 'rediss:'])),
  workerConcurrency: key('WORKER_CONCURRENCY', 'scan and signal jobs a `goldensignals worker` process runs at once', 2, integer(1, 64)),
  jobLockMs: key('JOB_LOCK_MS', "how long a queue job's lock lasts unrenewed, ms: a dead worker's jobs move to another after about this long", 10_000, integer(1000, 600_000)),
  marketDataProviders: key<readonly ProviderId[]>('MARKET_DATA_PROVIDERS', 'providers in fallback order; "simulator" alone = offline', ['yahoo', 'simulator'], providers),
  polygonApiKey: key<string | null>('POLYGON_API_KEY', 'Polygon.io API key', null, text),
  alphaVantageApiKey: key<string | null>('ALPHA_VANTAGE_API_KEY', 'Alpha Vantage API key', null, text),
  finnhubApiKey: key<string | null>('FINNHUB_API_KEY', 'Finnhub API key', null, text),
  ccxtExchange: key('CCXT_EXCHANGE', 'ccxt exchange id for crypto bars', 'binance', (raw) => text(raw).toLowerCase()),
  csvPath: key<string | null>('CSV_PATH', 'CSV file or folder for the csv provider', null, text),
  simulatorSeed: key('SIMULATOR_SEED', 'seed of the market simulator', 42, integer(0, 2 ** 31 - 1)),
  logLevel: key<LogLevel>('LOG_LEVEL', 'log level', 'info', logLevel),
  publicUrl: key<string | null>('PUBLIC_URL', 'address users open the dashboard at, e.g. https://signals.example.com (a path is allowed); alert messages link there; unset = alerts carry no link', null, url(['https:', 'http:'])),
  corsOrigins: key<readonly string[]>('CORS_ORIGINS', 'comma-separated origins allowed by CORS; same origin only when unset', [], origins),
  defaultWatchlist: key<readonly string[]>('DEFAULT_WATCHLIST', 'symbols watched on a fresh install', ['AAPL', 'MSFT', 'NVDA', 'AMZN', 'SPY', 'BTC-USD'], symbols),
  scheduleTimeframes: key<readonly Timeframe[]>('SCHEDULE_TIMEFRAMES', 'timeframes signalled as their bars close', ['5m', '1h', '1d'], timeframes),
  newsFeeds: key<readonly NewsFeedConfig[]>('NEWS_FEEDS', 'RSS/Atom feeds read for news, separated by spaces: URL, or SYMBOLS=URL to tie every item to those symbols (e.g. AAPL=https://example.com/aapl.rss); items of other feeds are tied to the followed symbols they mention', [], parseNewsFeeds),
  socialFeeds: key<readonly NewsFeedConfig[]>('SOCIAL_FEEDS', 'RSS/Atom feeds of social posts (e.g. https://www.reddit.com/r/stocks/.rss), separated by spaces, URL or SYMBOLS=URL as NEWS_FEEDS; posts are tied to the followed symbols by cashtag ($AAPL), ticker or company name and feed the social-sentiment agent', [], parseNewsFeeds),
  newsRefreshMs: key('NEWS_REFRESH_MS', 'time between news rounds (providers that have news, and the feeds) for the followed symbols, ms', 900_000, integer(60_000, 86_400_000)),
  historyBars: key('HISTORY_BARS', 'bars of history per symbol before the first signal', 500, integer(100, 10_000)),
  jwtSecret: key<string | null>('JWT_SECRET', 'secret signing access tokens (>= 32 characters); generated once under DATA_DIR when unset', null, secret(32)),
  registration: key<RegistrationMode>('REGISTRATION', 'who may create an account: open, invite (an admin invites) or closed; the first account is always allowed', 'open', oneOf(REGISTRATION_MODES)),
  accessTokenTtlSeconds: key('ACCESS_TOKEN_TTL', 'lifetime of access tokens in seconds', 900, integer(60, 86_400)),
  trustProxy: key('TRUST_PROXY', 'true behind a reverse proxy: client IPs come from X-Forwarded-For', false, boolean),
  rateLimitAnonymous: key('RATE_LIMIT_ANONYMOUS', 'requests per minute per IP without a token', 120, integer(1, 100_000_000)),
  rateLimitAuthenticated: key('RATE_LIMIT_AUTHENTICATED', 'requests per minute per user or API key', 1200, integer(1, 100_000_000)),
  smtpUrl: key<string | null>('SMTP_URL', 'SMTP relay for e-mail notifications (smtp://user:pass@host:587 or smtps://user:pass@host:465); e-mail channels fail saying so when unset', null, url(['smtp:', 'smtps:'])),
  smtpFrom: key<string | null>('SMTP_FROM', 'From address of notification e-mails, e.g. "GoldenSignals <alerts@example.com>"; default the SMTP user when it is an address, else goldensignals@<SMTP host>', null, text),
  telegramApiUrl: key('TELEGRAM_API_URL', 'Telegram Bot API root (a local Bot API server or a test server)', 'https://api.telegram.org', url(['https:', 'http:'])),
  telegramBotToken: key<string | null>('TELEGRAM_BOT_TOKEN', "token of the server's Telegram bot (from @BotFather): users link their chats to get alerts and ask for signals; unset = no bot", null, (raw) => {
    // Never echoed: config errors are printed.
    if (!/^\d{1,20}:[A-Za-z0-9_-]{20,100}$/.test(raw.trim())) throw new Error('expected a bot token as @BotFather gives it, like 123456789:AAH…');
    return raw.trim();
  }),
  telegramPoll: key('TELEGRAM_POLL', "answer the bot's commands by long polling (one node of a cluster at a time); false = this server never polls", true, boolean),
  llmBaseUrl: key<string | null>('LLM_BASE_URL', 'OpenAI-compatible API root of the AI Lab language model, e.g. https://api.openai.com/v1 or http://localhost:11434/v1 (Ollama); unset = templated answers', null, url(['https:', 'http:'])),
  llmModel: key<string | null>('LLM_MODEL', 'model name sent to LLM_BASE_URL, e.g. gpt-4o-mini or llama3.1', null, text),
  llmApiKey: key<string | null>('LLM_API_KEY', 'API key for LLM_BASE_URL (and EMBEDDINGS_BASE_URL); sent as a Bearer token, never logged', null, secret(1)),
  llmTimeoutMs: key('LLM_TIMEOUT_MS', 'ms of silence from the language model before the answer fails (at most 300000)', 60_000, integer(1_000, 300_000)),
  embeddingsBaseUrl: key<string | null>('EMBEDDINGS_BASE_URL', 'OpenAI-compatible API root for embeddings; default LLM_BASE_URL', null, url(['https:', 'http:'])),
  embeddingsModel: key<string | null>('EMBEDDINGS_MODEL', 'embedding model at EMBEDDINGS_BASE_URL, e.g. text-embedding-3-small or nomic-embed-text', null, text),
  embeddingsOnnxDir: key<string | null>('EMBEDDINGS_ONNX_DIR', 'folder of a local ONNX sentence-embedding model (transformers.js layout), used when no embeddings endpoint is set', null, text),
  mlModelsDir: key<string | null>('ML_MODELS_DIR', 'folder of model files made by `goldensignals train --out`; the ML agents vote with them (unset = no ML agents)', null, text),
  mlRetrainHours: key('ML_RETRAIN_HOURS', 'hours between background retrainings of the ML models on the followed symbols (written to ML_MODELS_DIR); 0 = never', 0, integer(0, 8_760)),
  sentimentBackend: key<'transformer' | 'trained' | 'word-list' | null>('SENTIMENT_BACKEND', 'sentiment scorer: transformer, trained or word-list; default trained when SENTIMENT_MODEL_FILE is set, else word-list', null, oneOf(['transformer', 'trained', 'word-list'] as const)),
  sentimentModelFile: key<string | null>('SENTIMENT_MODEL_FILE', 'model file made by `goldensignals sentiment train`', null, text),
  sentimentModelDir: key<string | null>('SENTIMENT_MODEL_DIR', 'folder of a local transformer text-classification model (FinBERT-style, ONNX, transformers.js layout)', null, text),
  sentimentModelDtype: key<'fp32' | 'q8'>('SENTIMENT_MODEL_DTYPE', 'which ONNX file of SENTIMENT_MODEL_DIR: fp32 (onnx/model.onnx) or q8 (onnx/model_quantized.onnx)', 'fp32', oneOf(['fp32', 'q8'] as const)),
} as const;
