// Adds OpenAPI's `tags`, `summary` and `hide` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import fastifyCors from '@fastify/cors';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { ENGINE_VERSION, type Timeframe } from '@goldensignals/engine';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { agentRoutes, type AgentSettingsChange } from './api/agents/agent-routes.js';
import { alertRoutes } from './api/alerts/alert-routes.js';
import { channelRoutes } from './api/channels/channel-routes.js';
import { telegramRoutes, type TelegramRoutesOptions } from './api/telegram/telegram-routes.js';
import { deliveryRoutes } from './api/deliveries/delivery-routes.js';
import type { Notifier } from './notify/notifier.js';
import { backtestRoutes } from './api/backtests/backtest-routes.js';
import { healthRoutes } from './api/health-routes.js';
import type { PaperBroker } from './paper/paper-broker.js';
import { portfolioRoutes } from './api/portfolios/portfolio-routes.js';
import { autoFollowRoutes } from './api/portfolios/auto-follow-routes.js';
import type { QuoteSource } from './paper/price-quote.js';
import type { BacktestDispatcher } from './jobs/backtest-dispatcher.js';
import type { ScanDispatcher } from './jobs/scan-dispatcher.js';
import { scanRoutes } from './api/scans/scan-routes.js';
import { watchlistRoutes } from './api/watchlists/watchlist-routes.js';
import { importRoutes } from './api/imports/import-routes.js';
import { tradingViewRoutes } from './api/tradingview/tradingview-routes.js';
import { newsRoutes } from './api/news/news-routes.js';
import { transcriptRoutes } from './api/news/transcript-routes.js';
import type { TranscriptService } from './transcripts/transcript-service.js';
import { exportRoutes } from './api/exports/export-routes.js';
import { feedRoutes } from './api/feeds/feed-routes.js';
import { aiRoutes } from './api/ai/ai-routes.js';
import { documentsRoutes } from './api/ai/documents-routes.js';
import { searchRoutes } from './api/ai/search-routes.js';
import type { RetrievalService } from './ai/retrieval/retrieval-service.js';
import type { ChatService } from './ai/chat/chat-service.js';
import type { StatusRoutesOptions } from './api/ai/status-routes.js';
import { marketDataRoutes } from './api/market-data/market-data-routes.js';
import type { ProviderChain } from './market-data/chain/provider-chain.js';
import './auth/route-role.js';
import { adminRoutes } from './api/admin/admin-routes.js';
import { authRoutes } from './api/auth/auth-routes.js';
import { installAccessControl, type AccessControl } from './app/install-access-control.js';
import { watchRouteRoles } from './app/route-roles.js';
import type { AccountService } from './security/accounts/account-service.js';
import type { CredentialChecker } from './security/accounts/credential-checker.js';
import { installJsonBodyParser } from './security/limits/json-depth.js';
import { installSecurityHeaders } from './security/limits/security-headers.js';
import { signalRoutes } from './api/signals/signal-routes.js';
import { createBaseApp } from './app/create-base-app.js';
import { webRoutes } from './app/web-routes.js';
import { installMetrics } from './metrics/install-metrics.js';
import type { ServerMetrics } from './metrics/server-metrics.js';
import type { SignalService } from './signals/signal-service.js';
import type { Database } from './storage/database.js';
import { websocketRoutes, type WebSocketConnectionAcceptor } from './ws/websocket-routes.js';

/** The services behind the API; without them the app serves only `/health`, `/ready` (503) and the dashboard. */
export interface AppServices {
  readonly database: Database;
  readonly signals: SignalService;
  /** Timeframe of signal requests that name none. */
  readonly defaultTimeframe: Timeframe;
  readonly websocketHub?: WebSocketConnectionAcceptor;
  /** True once shutdown began. */
  readonly shuttingDown?: () => boolean;
  readonly metrics?: ServerMetrics;
  /** Market data routes: the provider chain and the symbols movers are ranked among. */
  readonly marketData?: { readonly chain: ProviderChain; readonly universe: () => Promise<readonly string[]>; readonly now?: () => number };
  /** Paper trading: prices for fills and valuations, and the broker (shared with the limit-order sweeper). */
  readonly paperTrading?: { readonly quote: QuoteSource; readonly broker: PaperBroker };
  /** Runs submitted backtests: in this process, or on the workers through the queue when scaled out. */
  readonly backtestRunner?: BacktestDispatcher;
  /** Runs submitted scans, likewise. */
  readonly scanDispatcher?: ScanDispatcher;
  /** Notification channels: test messages now, alert deliveries with the alerts issue. */
  readonly notifier?: Notifier;
  /** Linking Telegram chats to accounts; `bot` null when `TELEGRAM_BOT_TOKEN` is not set (the routes answer 503). */
  readonly telegram?: Omit<TelegramRoutesOptions, 'database'>;
  /** Earnings-call transcripts posted by users (or fetched from the provider on request). */
  readonly transcripts?: TranscriptService;
  /** The AI Lab: conversations (with or without a language model), documents and search, and their status. */
  readonly ai?: { readonly chat: ChatService; readonly retrieval?: RetrievalService } & StatusRoutesOptions;
  /** Applies a stored agent change to the running engine. */
  readonly onAgentSettingsChanged?: (change: AgentSettingsChange) => void | Promise<void>;
  /**
   * Accounts and access control: identifies the caller of every request, rate limits per caller or IP, and checks
   * the caller against each route's `config.role`. Without it every route is open (route tests, single-user tools).
   */
  readonly security?: { readonly access: AccessControl; readonly accounts: AccountService; readonly credentials: CredentialChecker };
}

/** Options of {@link buildApp}. */
export interface AppOptions {
  /** Folder with the built dashboard (`packages/web/dist`); a built-in page is served when absent. */
  readonly webRoot?: string;
  /** pino logger options, or false for none (tests). */
  readonly logger?: FastifyServerOptions['logger'];
  /** Origins allowed by CORS; empty: same origin only. */
  readonly corsOrigins?: readonly string[];
  readonly services?: AppServices;
  /** Largest request body in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /** Behind a reverse proxy: client IPs from X-Forwarded-For. */
  readonly trustProxy?: boolean;
}

/** Deepest JSON body nesting accepted: far beyond any real request, far below what could exhaust a stack. */
const MAX_JSON_DEPTH = 32;

/** Builds the Fastify app without listening; tests use `inject()` or listen on port 0. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const app = await createBaseApp({ logger: options.logger, bodyLimit: options.bodyLimit, webRoot: options.webRoot, trustProxy: options.trustProxy });
  watchRouteRoles(app);
  installJsonBodyParser(app, { maxDepth: MAX_JSON_DEPTH });
  installSecurityHeaders(app);
  await app.register(fastifyCors, { origin: options.corsOrigins && options.corsOrigins.length > 0 ? [...options.corsOrigins] : false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'GoldenSignals API', version: ENGINE_VERSION, description: 'Trading signals from 30+ agents and an accuracy-weighted consensus. WebSocket: /ws.' },
      tags: [
        { name: 'signals', description: 'Signals: list, generate, details, performance' },
        { name: 'market-data', description: 'Quotes, bars, indicators, news, options, market status' },
        { name: 'news', description: 'Stored news of the followed symbols, each headline scored for sentiment' },
        { name: 'agents', description: 'Analysis agents: accuracy, weights, enable/disable, config' },
        { name: 'watchlists', description: "The caller's watchlists (the scheduler signals their symbols)" },
        { name: 'alerts', description: "The caller's alert rules" },
        { name: 'channels', description: "The caller's notification channels: webhook, Telegram, Discord, Slack, e-mail" },
        { name: 'telegram', description: "Link your Telegram chat to the server's bot: alerts there, signals and portfolios on command" },
        { name: 'portfolios', description: 'Paper trading: portfolios, orders, fills' },
        { name: 'backtests', description: 'Backtest jobs: submit, poll, results, cancel' },
        { name: 'scans', description: 'Scans: signals of many symbols at once, with progress' },
        { name: 'tradingview', description: 'TradingView webhooks: your hooks, and the endpoint TradingView posts alerts to (they vote through the tradingview agent)' },
        { name: 'exports', description: 'Signals, paper trades, backtests and the scorecard as CSV or JSON files' },
        { name: 'feeds', description: 'RSS and Atom feeds of your signals, opened by a private token' },
        { name: 'auth', description: 'Accounts, sessions and API keys' },
        { name: 'admin', description: 'Users and roles, invitations, audit log (admins)' },
        { name: 'ai', description: 'AI Lab: conversations with streamed answers, documents, search, status' },
        { name: 'system', description: 'Health, readiness, metrics' },
      ],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  const services = options.services;
  if (services?.metrics !== undefined) installMetrics(app, services.metrics);
  const security = services?.security;
  if (security !== undefined) await installAccessControl(app, security.access);
  await app.register(healthRoutes, { database: services?.database, shuttingDown: services?.shuttingDown });
  await app.register(webRoutes, { webRoot: options.webRoot });
  if (services !== undefined) {
    if (security !== undefined) {
      await app.register(authRoutes, { prefix: '/api/v1', accounts: security.accounts, credentials: security.credentials });
      await app.register(adminRoutes, { prefix: '/api/v1', accounts: security.accounts, database: services.database });
    }
    await app.register(signalRoutes, { prefix: '/api/v1', database: services.database, signals: services.signals, defaultTimeframe: services.defaultTimeframe });
    await app.register(agentRoutes, { prefix: '/api/v1', database: services.database, engine: services.signals.engine, onAgentSettingsChanged: services.onAgentSettingsChanged });
    await app.register(watchlistRoutes, { prefix: '/api/v1', database: services.database });
    await app.register(importRoutes, { prefix: '/api/v1', database: services.database });
    await app.register(tradingViewRoutes, { prefix: '/api/v1', database: services.database });
    await app.register(alertRoutes, { prefix: '/api/v1', database: services.database });
    await app.register(newsRoutes, { prefix: '/api/v1', database: services.database });
    if (services.transcripts !== undefined) await app.register(transcriptRoutes, { prefix: '/api/v1', transcripts: services.transcripts });
    await app.register(exportRoutes, { prefix: '/api/v1', database: services.database, engine: services.signals.engine });
    await app.register(feedRoutes, { prefix: '/api/v1', database: services.database });
    if (services.notifier !== undefined) await app.register(channelRoutes, { prefix: '/api/v1', database: services.database, notifier: services.notifier });
    if (services.telegram !== undefined) await app.register(telegramRoutes, { prefix: '/api/v1', database: services.database, ...services.telegram });
    if (services.notifier !== undefined) await app.register(deliveryRoutes, { prefix: '/api/v1', database: services.database, notifier: services.notifier });
    if (services.paperTrading !== undefined) {
      await app.register(portfolioRoutes, { prefix: '/api/v1', database: services.database, ...services.paperTrading });
      await app.register(autoFollowRoutes, { prefix: '/api/v1', database: services.database });
    }
    if (services.backtestRunner !== undefined) await app.register(backtestRoutes, { prefix: '/api/v1', database: services.database, runner: services.backtestRunner });
    if (services.scanDispatcher !== undefined) await app.register(scanRoutes, { prefix: '/api/v1', database: services.database, dispatcher: services.scanDispatcher, defaultTimeframe: services.defaultTimeframe });
    if (services.marketData !== undefined) await app.register(marketDataRoutes, { prefix: '/api/v1', ...services.marketData });
    if (services.ai !== undefined) {
      const { chat, retrieval, languageModel, embeddings } = services.ai;
      await app.register(aiRoutes, { prefix: '/api/v1', chat, languageModel, embeddings });
      if (retrieval !== undefined) {
        await app.register(documentsRoutes, { prefix: '/api/v1', retrieval });
        await app.register(searchRoutes, { prefix: '/api/v1', retrieval });
      }
    }
    if (services.websocketHub !== undefined) await app.register(websocketRoutes, { hub: services.websocketHub });
  }
  return app;
}
