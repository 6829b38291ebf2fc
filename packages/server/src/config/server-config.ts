import type { Timeframe } from '@goldensignals/engine';
import type { NewsFeedConfig } from '../news/news-feed-config.js';
import type { LogLevel } from './log-level.js';
import type { ProviderId } from './provider-id.js';
import type { RegistrationMode } from './registration-mode.js';

/** The validated configuration of a GoldenSignals server, read once at start (see `loadConfig`). */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Folder for the embedded database and generated secrets. */
  readonly dataDir: string;
  /** PostgreSQL server; the embedded PGlite under `dataDir` when absent. */
  readonly databaseUrl: string | null;
  /** Redis for cache, bus and rate limits when scaled out; in-process when absent. */
  readonly redisUrl: string | null;
  /** Scan and signal jobs one worker process runs at once. */
  readonly workerConcurrency: number;
  /** Lock of a queue job, ms: a dead worker's jobs are handed on after about this long. */
  readonly jobLockMs: number;
  /** Market data providers in fallback order; `['simulator']` alone is offline mode. */
  readonly marketDataProviders: readonly ProviderId[];
  readonly polygonApiKey: string | null;
  readonly alphaVantageApiKey: string | null;
  readonly finnhubApiKey: string | null;
  /** ccxt exchange id for the `ccxt` provider. */
  readonly ccxtExchange: string;
  /** CSV file or folder for the `csv` provider. */
  readonly csvPath: string | null;
  /** Seed of the market simulator: the same seed gives the same simulated market. */
  readonly simulatorSeed: number;
  readonly logLevel: LogLevel;
  /** Where users open the dashboard (`PUBLIC_URL`), for links in alert messages; null = no links. */
  readonly publicUrl: string | null;
  /** Origins allowed by CORS; empty = same origin only. */
  readonly corsOrigins: readonly string[];
  /** Symbols watched on a fresh install (the default watchlist). */
  readonly defaultWatchlist: readonly string[];
  /** Timeframes the scheduler generates signals for as their bars close. */
  readonly scheduleTimeframes: readonly Timeframe[];
  /** RSS/Atom feeds read for news (`NEWS_FEEDS`). */
  readonly newsFeeds: readonly NewsFeedConfig[];
  /** RSS/Atom feeds of social posts (`SOCIAL_FEEDS`), read every news round. */
  readonly socialFeeds: readonly NewsFeedConfig[];
  /** Time between news rounds, ms. */
  readonly newsRefreshMs: number;
  /** Bars of history loaded per symbol before the first signal. */
  readonly historyBars: number;
  /** Secret signing access tokens; generated once under `dataDir` when absent. Never logged. */
  readonly jwtSecret: string | null;
  /** Who may create an account. */
  readonly registration: RegistrationMode;
  /** Lifetime of access tokens, seconds. */
  readonly accessTokenTtlSeconds: number;
  /** Client IPs from X-Forwarded-For (behind a reverse proxy). */
  readonly trustProxy: boolean;
  /** Requests per minute per IP without a token. */
  readonly rateLimitAnonymous: number;
  /** Requests per minute per user or API key. */
  readonly rateLimitAuthenticated: number;
  /** SMTP relay for e-mail notifications; e-mail channels fail while unset. */
  readonly smtpUrl: string | null;
  /** From address of notification e-mails. */
  readonly smtpFrom: string | null;
  /** Telegram Bot API root. */
  readonly telegramApiUrl: string;
  /** Token of the server's Telegram bot; null = no bot (linking answers 503). Never logged. */
  readonly telegramBotToken: string | null;
  /** Poll the bot's updates on this node (while it holds the cluster lease). */
  readonly telegramPoll: boolean;
  /** OpenAI-compatible API root of the AI Lab's language model; null = templated answers. */
  readonly llmBaseUrl: string | null;
  readonly llmModel: string | null;
  /** Never logged. */
  readonly llmApiKey: string | null;
  readonly llmTimeoutMs: number;
  /** Embeddings endpoint (default `llmBaseUrl`) and model. */
  readonly embeddingsBaseUrl: string | null;
  readonly embeddingsModel: string | null;
  /** Local ONNX sentence-embedding model folder. */
  readonly embeddingsOnnxDir: string | null;
  /** Model files of the ML agents (`goldensignals train --out`); null = no ML agents. */
  readonly mlModelsDir: string | null;
  /** Hours between background retrainings of the ML models; 0 = never. */
  readonly mlRetrainHours: number;
  /** Sentiment scorer; null = trained when `sentimentModelFile` is set, else the word list. */
  readonly sentimentBackend: 'transformer' | 'trained' | 'word-list' | null;
  readonly sentimentModelFile: string | null;
  readonly sentimentModelDir: string | null;
  readonly sentimentModelDtype: 'fp32' | 'q8';
}
