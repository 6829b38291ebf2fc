import type { AgentRunResult } from '@goldensignals/engine';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { PaperBroker } from '../paper/paper-broker.js';
import { LimitOrderMatcher } from '../paper/limit-order-matcher.js';
import { chainQuoteSource } from '../paper/price-quote.js';
import { buildApp } from '../build-app.js';
import { BacktestRunner } from '../jobs/backtest-runner.js';
import { LimitOrderSweeper } from '../jobs/limit-order-sweeper.js';
import { InProcessMessageBus } from '../bus/in-process-message-bus.js';
import { barEvent, portfolioEvent, signalEvent } from '../bus/bus-events.js';
import type { ServerConfig } from '../config/server-config.js';
import { ProviderChain } from '../market-data/chain/provider-chain.js';
import type { MarketDataProvider } from '../market-data/market-data-provider.js';
import { ServerMetrics } from '../metrics/server-metrics.js';
import { LearningState } from '../signals/learning-state.js';
import { SignalScheduler } from '../signals/signal-scheduler.js';
import { SignalService } from '../signals/signal-service.js';
import type { Database } from '../storage/database.js';
import { openDatabase } from '../storage/open-database.js';
import { BarRepository } from '../storage/repositories/bar-repository.js';
import { AgentSettingsRepository } from '../storage/repositories/agent-settings-repository.js';
import { WatchlistRepository } from '../storage/repositories/watchlist-repository.js';
import { engineFromSettings } from '../signals/engine-from-settings.js';
import { WebSocketHub } from '../ws/websocket-hub.js';
import { createProviders } from './create-providers.js';
import { createSecurity } from './create-security.js';
import type { AccountService } from '../security/accounts/account-service.js';
import { SECURITY_EVENTS } from '../security/accounts/security-event.js';
import { createSocketAccess, type SocketPrincipal } from '../security/accounts/socket-access.js';
import { QuotePoller } from './quote-poller.js';

/** Options of {@link createServer} beyond the config. */
export interface CreateServerOptions {
  /** Folder of the built dashboard. */
  readonly webRoot?: string;
  /** Overrides the pino logger built from `LOG_LEVEL` (tests pass false). */
  readonly logger?: FastifyServerOptions['logger'];
  /** Providers to use instead of the configured ones (tests). */
  readonly providers?: readonly MarketDataProvider[];
  /** Run the signal scheduler (default true). */
  readonly schedule?: boolean;
  /** The clock of the simulator and the signal service (default Date.now). */
  readonly now?: () => number;
  /** How often learned weights are saved, ms (default 60 s; they are also saved on stop). */
  readonly saveLearningEveryMs?: number;
  /** How often the followed symbols' quotes are published on `quotes:<SYMBOL>`, ms (default 15 s). */
  readonly quoteIntervalMs?: number;
  /** A PostgreSQL schema instead of `public` (tests sharing one server). */
  readonly databaseSchema?: string;
}

/** A running (or ready to run) GoldenSignals server and the services behind it. */
export interface GoldenSignalsServer {
  readonly app: FastifyInstance;
  readonly config: ServerConfig;
  readonly database: Database;
  readonly chain: ProviderChain;
  readonly signals: SignalService;
  readonly scheduler: SignalScheduler;
  /** Accounts (the CLI says how to create the first one on a fresh install). */
  readonly accounts: AccountService;
  /** Listens on the configured port and starts the scheduler; resolves to the URL. */
  start(): Promise<string>;
  /** Graceful shutdown: stop taking work, tell WebSocket clients, finish running jobs, save, close the database. */
  stop(): Promise<void>;
}

/**
 * Builds the whole service from a validated config: database (migrated), market data providers and
 * their chain, the engine with the saved weights, the signal service and scheduler, the bus and the
 * WebSocket hub, metrics and the HTTP app. Nothing listens until `start()`.
 */
export async function createServer(config: ServerConfig, options: CreateServerOptions = {}): Promise<GoldenSignalsServer> {
  // Fastify's request log has no headers; the redaction keeps credentials out should a serializer ever add them.
  const logger = options.logger ?? {
    level: config.logLevel,
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers["sec-websocket-protocol"]', 'req.headers.cookie'], censor: '[redacted]' },
  };
  const database = await openDatabase({ databaseUrl: config.databaseUrl ?? undefined, dataDir: config.dataDir, schema: options.databaseSchema });
  let shuttingDown = false;
  try {
    const warnings: string[] = [];
    const providers = options.providers ?? (await createProviders(config, (provider, message) => warnings.push(`${provider}: ${message}`), options.now));
    const bus = new InProcessMessageBus();
    const security = await createSecurity(config, database, options.now);
    const hub = new WebSocketHub<SocketPrincipal>({
      bus,
      ...createSocketAccess(security.credentials, database),
      // A client's protocol errors (oversized or non-UTF-8 frames) are its problem, logged quietly: any client
      // could otherwise flood the log. Failed hooks and undeliverable events are ours.
      onError: (error, context) => {
        if (context.during === 'socket') app.log.debug({ err: error, ...context }, 'websocket client protocol error');
        else app.log.warn({ err: error, ...context }, `websocket ${context.during} failed`);
      },
    });
    security.onAccessEnded((ended) => {
      if ('sessionId' in ended) hub.disconnectPrincipals((principal) => principal.sessionId === ended.sessionId, 'the session has ended (logged out or its refresh token was reused)');
      else if ('apiKeyId' in ended) hub.disconnectPrincipals((principal) => principal.apiKeyId === ended.apiKeyId, 'the API key was revoked');
      else hub.disconnectPrincipals((principal) => principal.userId === ended.userId, "the account's password changed or it was disabled");
    });
    // The gauges read the chain and the scheduler when scraped, after both exist.
    const metrics = new ServerMetrics({
      websocketConnections: () => hub.stats().connections,
      queueDepth: () => signalScheduler.depth,
      circuitStates: () => chain.circuitStates(),
    });
    const chain = new ProviderChain({ providers: [...providers], barRepository: new BarRepository(database.db), onProviderCall: (event) => metrics.observeProviderCall(event) });
    const { tracker, state } = await LearningState.load(database);
    const agentSettings = new AgentSettingsRepository(database.db);
    // Every agent run of a signal is timed (performance.now, not Date.now: agents take microseconds) for /metrics.
    const observeAgents = {
      now: () => performance.now(),
      onAgentResults: (results: readonly AgentRunResult[]) => {
        for (const result of results) metrics.observeAgent(result.agent, result.elapsedMs, result.status === 'excluded');
      },
    };
    const engine = engineFromSettings(await agentSettings.list(), tracker, observeAgents);
    const signals = new SignalService({
      database,
      bars: chain,
      engine,
      learning: state,
      publisher: {
        publishSignal: (signal) => void bus.publish(signalEvent(signal)),
        publishBars: (symbol, timeframe, bars, simulated) => {
          for (const bar of bars) void bus.publish(barEvent(symbol, timeframe, { symbol, timeframe, ...bar, time: new Date(bar.time).toISOString(), simulated }));
        },
      },
      historyBars: config.historyBars,
      now: options.now,
      onGenerated: (signal, durationMs) => metrics.observeSignal(signal, durationMs),
    });
    const watchlists = new WatchlistRepository(database.db);
    const followedSymbols = async (): Promise<readonly string[]> => [
      ...new Set([...config.defaultWatchlist, ...(await watchlists.scanTargets()).map((target) => target.symbol)]),
    ];
    await signals.start();
    const quote = chainQuoteSource(chain);
    // Paper trading and backtests report through the app's logger, which exists only once the app is built.
    const log = { error: (context: object, message: string): void => app.log.error(context, message) };
    const paperBroker = new PaperBroker({
      database,
      quote,
      onChange: (portfolioId, change) => void bus.publish(portfolioEvent(portfolioId, change)).catch((error: unknown) => log.error({ err: error }, 'portfolio event not published')),
    });
    const sweeper = new LimitOrderSweeper({
      matcher: new LimitOrderMatcher({ database, quote, broker: paperBroker }),
      onError: (error: unknown) => log.error({ err: error }, 'limit order sweep failed'),
    });
    const backtestRunner = new BacktestRunner({
      database,
      bars: (request) => chain.bars(request),
      onError: (error: unknown, backtestId: string | null) => log.error({ err: error, backtestId }, 'backtest failed'),
    });
    const app = await buildApp({
      webRoot: options.webRoot,
      logger,
      corsOrigins: config.corsOrigins,
      trustProxy: config.trustProxy,
      services: {
        security: {
          access: { identify: security.credentials.identify, authorize: security.credentials.authorize, anonymousPerMinute: config.rateLimitAnonymous, authenticatedPerMinute: config.rateLimitAuthenticated },
          accounts: security.accounts,
          credentials: security.credentials,
        },
        database,
        signals,
        defaultTimeframe: '1d',
        websocketHub: hub,
        metrics,
        shuttingDown: () => shuttingDown,
        marketData: { chain, universe: followedSymbols, now: options.now },
        paperTrading: { quote, broker: paperBroker },
        backtestRunner,
        onAgentSettingsChanged: async (change) => {
          signals.useEngine(engineFromSettings(await agentSettings.list(), signals.engine.tracker, observeAgents));
          await security.audit.record(SECURITY_EVENTS.agentChanged, change.changedBy, change.meta, { agent: change.agent, enabled: change.enabled, overrides: change.overrides });
        },
      },
    });
    for (const warning of warnings) app.log.warn(warning);
    const signalScheduler = new SignalScheduler({
      generate: (symbol, timeframe) => signals.generate(symbol, timeframe),
      symbols: followedSymbols,
      timeframes: config.scheduleTimeframes,
      now: options.now,
      onError: (symbol, timeframe, error) => app.log.warn({ err: error, symbol, timeframe }, `scheduled signal for ${symbol} ${timeframe} failed`),
    });
    const quotePoller = new QuotePoller({
      symbols: followedSymbols,
      quote: (symbol) => chain.quote(symbol),
      publish: (event) => bus.publish(event),
      intervalMs: options.quoteIntervalMs ?? 15_000,
      onError: (symbol, error) => app.log.debug({ err: error, symbol }, `quote of ${symbol} not published`),
    });
    let saver: NodeJS.Timeout | undefined;
    const saveLearning = async (): Promise<void> => {
      try {
        await signals.saveLearning();
      } catch (error) {
        app.log.error({ err: error }, 'saving learned agent weights failed; will retry');
      }
    };
    return {
      app,
      config,
      database,
      chain,
      signals,
      scheduler: signalScheduler,
      accounts: security.accounts,
      async start() {
        const address = await app.listen({ port: config.port, host: config.host });
        saver = setInterval(() => void saveLearning(), options.saveLearningEveryMs ?? 60_000);
        saver.unref();
        await backtestRunner.start();
        sweeper.start();
        if (options.schedule ?? true) {
          quotePoller.start();
          await signalScheduler.start();
        }
        return address;
      },
      async stop() {
        shuttingDown = true;
        if (saver !== undefined) clearInterval(saver);
        await signalScheduler.stop();
        await quotePoller.stop();
        await sweeper.stop();
        await backtestRunner.stop();
        await app.close();
        await saveLearning();
        await bus.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
