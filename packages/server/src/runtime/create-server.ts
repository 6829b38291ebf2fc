import { BarSeries, type AgentRunResult } from '@goldensignals/engine';
import { RetrievalIndexer } from '../ai/retrieval/retrieval-indexer.js';
import { loadMlAgents } from '../ai/ml/load-ml-agents.js';
import { createAiLab } from './create-ai-lab.js';
import { createTextSources } from './create-text-sources.js';
import { createNotifications } from './create-notifications.js';
import { ForegroundWork } from '../support/foreground-work.js';
import { ModelRetrainer } from '../ai/ml/model-retrainer.js';
import { ModelReloader } from '../ai/ml/model-reloader.js';
import { storedExternalVoteInputs } from '../inbound/stored-external-vote-inputs.js';
import { mergedInputs } from '../signals/merged-inputs.js';
import { storedNewsInputs } from '../news/stored-news-inputs.js';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { PaperBroker } from '../paper/paper-broker.js';
import { AutoFollower } from '../paper/auto-follow/auto-follower.js';
import { LimitOrderMatcher } from '../paper/limit-order-matcher.js';
import { chainQuoteSource } from '../paper/price-quote.js';
import { buildApp } from '../build-app.js';
import { BacktestRunner } from '../jobs/backtest-runner.js';
import type { BacktestDispatcher } from '../jobs/backtest-dispatcher.js';
import { InProcessScanDispatcher } from '../jobs/in-process-scan-dispatcher.js';
import type { ScanDispatcher } from '../jobs/scan-dispatcher.js';
import { BullBacktestDispatcher } from '../scale/queues/bull-backtest-dispatcher.js';
import { BullScanDispatcher } from '../scale/queues/bull-scan-dispatcher.js';
import { JobQueues } from '../scale/queues/job-queues.js';
import { QueueDepthSampler } from '../scale/queues/queue-depth-sampler.js';
import { upsertScanSchedulers } from '../scale/queues/scan-schedulers.js';
import { LimitOrderSweeper } from '../jobs/limit-order-sweeper.js';
import type { Redis } from 'ioredis';
import { InProcessMessageBus } from '../bus/in-process-message-bus.js';
import type { MessageBus } from '../bus/message-bus.js';
import { closeRedis, openRedis, redisReady } from '../scale/redis/redis-connection.js';
import { RedisLease } from '../scale/redis/redis-lease.js';
import { RedisLoginThrottle } from '../scale/redis/redis-login-throttle.js';
import { RedisMessageBus } from '../scale/redis/redis-message-bus.js';
import { barEvent, outcomeEvent, portfolioEvent, signalEvent } from '../bus/bus-events.js';
import type { ServerConfig } from '../config/server-config.js';
import { ProviderChain } from '../market-data/chain/provider-chain.js';
import type { MarketDataProvider } from '../market-data/market-data-provider.js';
import { ServerMetrics } from '../metrics/server-metrics.js';
import { AgentSettingsWatcher } from '../signals/agent-settings-watcher.js';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';
import { LearningState } from '../signals/learning-state.js';
import { SignalScheduler } from '../signals/signal-scheduler.js';
import { SignalService } from '../signals/signal-service.js';
import type { Database } from '../storage/database.js';
import { openDatabase } from '../storage/open-database.js';
import { BarRepository } from '../storage/repositories/bar-repository.js';
import { AgentSettingsRepository } from '../storage/repositories/agent-settings-repository.js';
import { followedSymbols } from '../signals/followed-symbols.js';
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
  /** How often learned weights are merged into the shared record and read back, ms (default 15 s; also on stop). */
  readonly saveLearningEveryMs?: number;
  /** How often the followed symbols' quotes are published on `quotes:<SYMBOL>`, ms (default 15 s). */
  readonly quoteIntervalMs?: number;
  /** A PostgreSQL schema instead of `public` (tests sharing one server). */
  readonly databaseSchema?: string;
  /** Prefix of every Redis key when scaled out (default `goldensignals:`); tests isolate themselves with their own. */
  readonly keyPrefix?: string;
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
  // Scaled out (REDIS_URL): one fail-fast connection shared by the rate limits and the login throttle (and the cache);
  // the bus opens its own two. Kept out here so a failed start closes them too.
  let redis: Redis | null = null;
  let openedBus: MessageBus | undefined;
  let queues: JobQueues | null = null;
  // ioredis reports an error per reconnection attempt (at most 2 s apart) while Redis is down: one line a minute
  // is enough. Until the app (and its logger) exists, stderr.
  let logRedis = (error: Error): void => console.error(`redis: ${error.message}`);
  let lastRedisLog = 0;
  const redisProblem = (error: Error): void => {
    if (Date.now() - lastRedisLog < 60_000) return;
    lastRedisLog = Date.now();
    logRedis(error);
  };
  try {
    const warnings: string[] = [];
    const providers = options.providers ?? (await createProviders(config, (provider, message) => warnings.push(`${provider}: ${message}`), options.now));
    if (config.redisUrl !== null) {
      redis = openRedis(config.redisUrl, { role: 'cache', onError: redisProblem });
      await redisReady(redis, 10_000);
    }
    const bus: MessageBus = config.redisUrl === null ? new InProcessMessageBus() : await RedisMessageBus.open({ url: config.redisUrl, keyPrefix: options.keyPrefix, onRedisError: redisProblem });
    openedBus = bus;
    const security = await createSecurity(config, database, options.now, redis === null ? undefined : new RedisLoginThrottle({ redis, keyPrefix: options.keyPrefix, now: options.now, onError: redisProblem }));
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
      queueDepth: () => signalScheduler.depth + (inProcessScans?.depth ?? 0) + (queueDepth?.depth ?? 0),
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
    const builtSettings = await agentSettings.list();
    const ml = await loadMlAgents(config.mlModelsDir, { allowEmpty: config.mlRetrainHours > 0 });
    const mlAgents = ml?.agents ?? [];
    const engine = engineFromSettings(builtSettings, tracker, observeAgents, mlAgents);
    // Generating signals goes first on this thread: alert evaluation and deliveries take the pauses between them.
    const foreground = new ForegroundWork();
    const signals = new SignalService({
      database,
      bars: chain,
      engine,
      learning: state,
      foreground,
      publisher: {
        // With the Redis bus a publish rejects while Redis is down; the signal is stored all the same.
        publishSignal: (signal) => void bus.publish(signalEvent(signal)).catch((error: unknown) => log.error({ err: error, signalId: signal.id }, 'signal event not published')),
        publishOutcome: (signal) => void bus.publish(outcomeEvent(signal)).catch((error: unknown) => log.error({ err: error, signalId: signal.id }, 'outcome event not published')),
        publishBars: (symbol, timeframe, bars, simulated) => {
          for (const bar of bars) {
            void bus.publish(barEvent(symbol, timeframe, { symbol, timeframe, ...bar, time: new Date(bar.time).toISOString(), simulated })).catch((error: unknown) => app.log.debug({ err: error, symbol, timeframe }, 'bar event not published'));
          }
        },
      },
      historyBars: config.historyBars,
      now: options.now,
      inputs: mergedInputs([
        storedNewsInputs(database, { onError: (error, symbol) => app.log.warn({ err: error, symbol }, 'stored news, posts and transcripts not read; the text agents abstain on this signal') }),
        storedExternalVoteInputs(database, { onError: (error, symbol) => app.log.warn({ err: error, symbol }, 'TradingView votes not read; the tradingview agent abstains on this signal') }),
      ]),
      onGenerated: (signal, durationMs) => metrics.observeSignal(signal, durationMs),
    });
    // Agent changes made on any node reach every process (the node that took the change checks at once).
    const settingsWatcher = new AgentSettingsWatcher({
      database,
      signals,
      engineFor: (settings, learned) => engineFromSettings(settings, learned, observeAgents, mlAgents),
      onError: (error) => log.error({ err: error }, 'agent settings not re-read; will retry'),
    });
    // Scaled out, other processes store signals too: their bus events keep this node's newest-signals memory exact,
    // and a periodic reload repairs what it missed while its bus connection was down.
    const unsubscribeLatest = redis === null ? () => undefined : bus.subscribe((event) => {
      if (event.type === 'signal') signals.latest.add(event.data as StoredSignal);
    });
    const followed = followedSymbols(database, config.defaultWatchlist);
    await signals.start();
    const quote = chainQuoteSource(chain);
    // Paper trading and backtests report through the app's logger, which exists only once the app is built.
    const log = { error: (context: object, message: string): void => app.log.error(context, message) };
    const paperBroker = new PaperBroker({
      database,
      quote,
      onChange: (portfolioId, change) => void bus.publish(portfolioEvent(portfolioId, change)).catch((error: unknown) => log.error({ err: error }, 'portfolio event not published')),
    });
    const autoFollower = new AutoFollower({
      database,
      broker: paperBroker,
      quote,
      bus,
      now: options.now,
      onError: (error, context) => log.error({ err: error, ...context }, `auto-follow ${context.during} failed`),
    });
    // Scaled out, chores that must run once per cluster (not once per node) run on the node holding their lease.
    const leaseOf = (name: string, ttlMs: number): RedisLease | undefined => (redis === null ? undefined : new RedisLease({ redis, name, ttlMs, keyPrefix: options.keyPrefix, onError: (error) => redisProblem(error instanceof Error ? error : new Error(String(error))) }));
    const sweeper = new LimitOrderSweeper({
      lease: leaseOf('limit-order-sweeper', 15_000),
      matcher: new LimitOrderMatcher({ database, quote, broker: paperBroker }),
      onError: (error: unknown) => log.error({ err: error }, 'limit order sweep failed'),
    });
    const backtestRunner = new BacktestRunner({
      database,
      bars: (request) => chain.bars(request),
      // Backtests see the stored news, posts, transcripts and TradingView votes of their period, as the live engine does.
      inputs: mergedInputs([storedNewsInputs(database, { maxItems: 100_000 }), storedExternalVoteInputs(database)]),
      onError: (error: unknown, backtestId: string | null) => log.error({ err: error, backtestId }, 'backtest failed'),
    });
    // Scaled out, scans and backtests go to the BullMQ queues that `goldensignals worker` processes consume; queues
    // need PostgreSQL too, since workers cannot share an embedded database. Otherwise they run in this process.
    queues = config.redisUrl !== null && config.databaseUrl !== null ? JobQueues.open({ redisUrl: config.redisUrl, keyPrefix: options.keyPrefix, onError: redisProblem }) : null;
    const queueDepth = queues === null ? null : new QueueDepthSampler(queues, 5_000, (error) => app.log.debug({ err: error }, 'queue depth not sampled'));
    let inProcessScans: InProcessScanDispatcher | null = null;
    let scanDispatcher: ScanDispatcher;
    let backtestDispatcher: BacktestDispatcher;
    if (queues === null) {
      inProcessScans = new InProcessScanDispatcher({
        database,
        generate: (symbol, timeframe) => signals.generate(symbol, timeframe),
        onError: (error, scanId, symbol) => log.error({ err: error, scanId, symbol }, 'scan symbol failed'),
      });
      scanDispatcher = inProcessScans;
      backtestDispatcher = backtestRunner;
    } else {
      scanDispatcher = new BullScanDispatcher(queues);
      backtestDispatcher = new BullBacktestDispatcher(queues);
    }
    const aiLab = await createAiLab(config, {
      database,
      engine: () => signals.engine,
      chain,
      backtests: backtestDispatcher,
      now: options.now,
      onChatError: (error) => log.error({ err: error }, 'chat answer failed'),
    });
    const text = await createTextSources(config, {
      database,
      chain,
      symbols: followed,
      lease: leaseOf('news-poller', 3 * config.newsRefreshMs),
      now: options.now,
      warnings,
      log: () => app.log,
    });
    const { notifier, alertEvaluator, telegramBot } = createNotifications(config, {
      database,
      bus,
      chain,
      signals,
      foreground,
      quote,
      botLease: leaseOf('telegram-bot', 90_000),
      now: options.now,
      log: () => app.log,
    });
    const app = await buildApp({
      webRoot: options.webRoot,
      logger,
      corsOrigins: config.corsOrigins,
      trustProxy: config.trustProxy,
      services: {
        security: {
          access: {
            identify: security.credentials.identify,
            authorize: security.credentials.authorize,
            anonymousPerMinute: config.rateLimitAnonymous,
            authenticatedPerMinute: config.rateLimitAuthenticated,
            rateLimitStore: redis === null ? undefined : { redis, keyPrefix: options.keyPrefix },
          },
          accounts: security.accounts,
          credentials: security.credentials,
        },
        database,
        signals,
        defaultTimeframe: '1d',
        websocketHub: hub,
        metrics,
        shuttingDown: () => shuttingDown,
        marketData: { chain, universe: followed, now: options.now },
        paperTrading: { quote, broker: paperBroker },
        backtestRunner: backtestDispatcher,
        scanDispatcher,
        notifier,
        // Always, so that linking without a configured bot answers 503 with the reason.
        telegram: { bot: telegramBot, now: options.now },
        transcripts: text.transcripts,
        ai: { chat: aiLab.chat, retrieval: aiLab.retrieval, languageModel: aiLab.languageModel, embeddings: aiLab.embeddings },
        onAgentSettingsChanged: async (change) => {
          await settingsWatcher.check();
          await security.audit.record(SECURITY_EVENTS.agentChanged, change.changedBy, change.meta, { agent: change.agent, enabled: change.enabled, overrides: change.overrides });
        },
      },
    });
    for (const warning of warnings) app.log.warn(warning);
    for (const line of aiLab.notes) app.log.info(line);
    logRedis = (error) => app.log.warn({ err: error }, `redis: ${error.message}`);
    const signalScheduler = new SignalScheduler({
      generate: (symbol, timeframe) => signals.generate(symbol, timeframe),
      symbols: followed,
      timeframes: config.scheduleTimeframes,
      now: options.now,
      onError: (symbol, timeframe, error) => app.log.warn({ err: error, symbol, timeframe }, `scheduled signal for ${symbol} ${timeframe} failed`),
    });
    const quotePoller = new QuotePoller({
      symbols: followed,
      quote: (symbol) => chain.quote(symbol),
      publish: (event) => bus.publish(event),
      intervalMs: options.quoteIntervalMs ?? 15_000,
      lease: leaseOf('quote-poller', 3 * (options.quoteIntervalMs ?? 15_000)),
      onError: (symbol, error) => app.log.debug({ err: error, symbol }, `quote of ${symbol} not published`),
    });
    // Background retraining of the ML agents' models (ML_RETRAIN_HOURS), on one node; every process reloads the new files.
    const modelFolder = config.mlModelsDir;
    const modelRetrainer =
      ml === null || modelFolder === null || config.mlRetrainHours === 0
        ? null
        : new ModelRetrainer({
            folder: modelFolder,
            store: ml.store,
            symbols: followed,
            bars: async (symbol, from, to) => {
              const answer = await chain.bars({ symbol, timeframe: '1d', from, to });
              return answer.bars.length === 0 ? null : BarSeries.fromBars({ symbol, timeframe: '1d' }, answer.bars);
            },
            intervalMs: config.mlRetrainHours * 3_600_000,
            lease: leaseOf('ml-retrainer', 2 * config.mlRetrainHours * 3_600_000),
            bus,
            now: options.now,
            onTrained: (files, rows) => app.log.info({ rows, models: files.map((file) => `${file.kind} ${file.version}: out-of-sample hit rate ${file.metrics.accuracy}`) }, 'ML models retrained'),
            onError: (error) => app.log.warn({ err: error }, 'ML models not retrained; the agents keep their models'),
          });
    // Every process swaps in model files the retrainer wrote (on its bus event, or a periodic look at the folder).
    const modelReloader =
      ml === null || modelFolder === null
        ? null
        : new ModelReloader({
            folder: modelFolder,
            store: ml.store,
            loadedState: ml.loadedState,
            bus,
            onReloaded: (models) => app.log.info({ models: models.map((model) => `${model.kind} ${model.symbol} ${model.timeframe} ${model.version}`) }, 'ML models reloaded'),
            onError: (error) => app.log.warn({ err: error }, 'ML models not reloaded; the agents keep their models'),
          });
    // Embeds new signals, news and finished backtests (made on any node) for the AI Lab's search; one node at a time.
    const retrievalIndexer = new RetrievalIndexer({ retrieval: aiLab.retrieval, lease: leaseOf('retrieval-indexer', 90_000), onError: (error) => app.log.error({ err: error }, 'retrieval indexing round failed') });
    let saver: NodeJS.Timeout | undefined;
    let latestRefresher: NodeJS.Timeout | undefined;
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
        // Each sync merges this node's learning into the shared record and takes the others': weights lag by two periods at most.
        saver = setInterval(() => void saveLearning(), options.saveLearningEveryMs ?? 15_000);
        saver.unref();
        settingsWatcher.start(builtSettings);
        if (redis !== null) {
          latestRefresher = setInterval(() => void signals.refreshLatest().catch((error: unknown) => app.log.warn({ err: error }, 'newest signals not reloaded')), 30_000);
          latestRefresher.unref();
        }
        // Never the in-process runners when scaled out: the backtest runner's restart recovery assumes it is the only one.
        if (queues === null) {
          await backtestRunner.start();
          await inProcessScans?.start();
        }
        queueDepth?.start();
        sweeper.start();
        autoFollower.start();
        notifier.start();
        alertEvaluator.start();
        modelReloader?.start();
        if (options.schedule ?? true) {
          quotePoller.start();
          text.poller.start();
          retrievalIndexer.start();
          modelRetrainer?.start();
          telegramBot?.start();
          // Scaled out, every node upserts the same repeatable jobs: each bar slot is scanned once, by a worker.
          if (queues === null) await signalScheduler.start();
          else await upsertScanSchedulers(queues, config.scheduleTimeframes, { now: options.now });
        }
        return address;
      },
      async stop() {
        shuttingDown = true;
        if (saver !== undefined) clearInterval(saver);
        clearInterval(latestRefresher);
        settingsWatcher.stop();
        unsubscribeLatest();
        await signalScheduler.stop();
        await quotePoller.stop();
        await text.poller.stop();
        await retrievalIndexer.stop();
        await modelRetrainer?.stop();
        await modelReloader?.stop();
        await telegramBot?.stop();
        await sweeper.stop();
        await backtestRunner.stop();
        await inProcessScans?.stop();
        queueDepth?.stop();
        await app.close();
        await queues?.close();
        await autoFollower.stop();
        await alertEvaluator.stop();
        await notifier.stop();
        await saveLearning();
        await bus.close();
        if (redis !== null) await closeRedis(redis);
        await database.close();
      },
    };
  } catch (error) {
    await queues?.close();
    await openedBus?.close();
    if (redis !== null) await closeRedis(redis);
    await database.close();
    throw error;
  }
}
