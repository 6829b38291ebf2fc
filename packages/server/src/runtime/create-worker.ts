import { pino, type Logger } from 'pino';
import { barEvent, outcomeEvent, signalEvent } from '../bus/bus-events.js';
import type { MessageBus } from '../bus/message-bus.js';
import type { ServerConfig } from '../config/server-config.js';
import { ProviderChain } from '../market-data/chain/provider-chain.js';
import type { MarketDataProvider } from '../market-data/market-data-provider.js';
import { JobQueues } from '../scale/queues/job-queues.js';
import { QueueDepthSampler } from '../scale/queues/queue-depth-sampler.js';
import { ServerMetrics } from '../metrics/server-metrics.js';
import type { AgentRunResult } from '@goldensignals/engine';
import { RedisMessageBus } from '../scale/redis/redis-message-bus.js';
import { closeRedis, openRedis } from '../scale/redis/redis-connection.js';
import { RedisLease } from '../scale/redis/redis-lease.js';
import { JobWorkers } from '../scale/queues/job-workers.js';
import { DEFAULT_KEY_PREFIX } from '../scale/queues/queue-names.js';
import { resubmitUnfinishedJobs } from '../scale/queues/resubmit-unfinished-jobs.js';
import { upsertScanSchedulers, type ScanScheduleOptions } from '../scale/queues/scan-schedulers.js';
import { engineFromSettings } from '../signals/engine-from-settings.js';
import { AgentSettingsWatcher } from '../signals/agent-settings-watcher.js';
import { LearningState } from '../signals/learning-state.js';
import { SignalService } from '../signals/signal-service.js';
import { storedNewsInputs } from '../news/stored-news-inputs.js';
import { storedExternalVoteInputs } from '../inbound/stored-external-vote-inputs.js';
import { mergedInputs } from '../signals/merged-inputs.js';
import { loadMlAgents } from '../ai/ml/load-ml-agents.js';
import { ModelReloader } from '../ai/ml/model-reloader.js';
import type { Database } from '../storage/database.js';
import { openDatabase } from '../storage/open-database.js';
import { AgentSettingsRepository } from '../storage/repositories/agent-settings-repository.js';
import { BarRepository } from '../storage/repositories/bar-repository.js';
import { followedSymbols } from '../signals/followed-symbols.js';
import { createProviders } from './create-providers.js';
import { createWorkerHttp } from './worker-http.js';

/** Options of {@link createWorker} beyond the config. */
export interface CreateWorkerOptions {
  /** Where generated signals (and newly closed bars) are published: the Redis bus, so every node's WebSocket clients get them. */
  readonly bus: MessageBus;
  /** Providers to use instead of the configured ones (tests). */
  readonly providers?: readonly MarketDataProvider[];
  /** The clock of the simulator and the signal service (default Date.now). */
  readonly now?: () => number;
  /** A PostgreSQL schema instead of `public` (tests sharing one server). */
  readonly databaseSchema?: string;
  /** Prefix of the Redis keys (default `goldensignals:`); tests isolate themselves with it. */
  readonly keyPrefix?: string;
  /** Scan and signal jobs at once (default the config's `WORKER_CONCURRENCY`). */
  readonly concurrency?: number;
  /** Lock of a job, ms (default the config's `JOB_LOCK_MS`). */
  readonly lockDurationMs?: number;
  /** How often stalled jobs are looked for, ms (default half the lock). */
  readonly stalledIntervalMs?: number;
  /** Upsert the scheduled scans' job schedulers at start (default true; every node may, each slot runs once). */
  readonly schedule?: boolean;
  /** Grace and periods of the scheduled scans (tests use short ones). */
  readonly scheduleOptions?: ScanScheduleOptions;
  /**
   * Queue again the scans and backtests the database says are unfinished: at start, then every `resubmitEveryMs`
   * on the one worker holding the lease (default true): jobs whose add failed while Redis was away, or whose worker
   * died more often than the stall limit allows, are not left waiting for a restart.
   */
  readonly resubmitUnfinished?: boolean;
  /** Period of that check, ms (default 60 s). */
  readonly resubmitEveryMs?: number;
  /** How often learned weights are merged into the shared record and read back, ms (default 15 s; also on stop). */
  readonly saveLearningEveryMs?: number;
  /** The log (default pino at the config's `LOG_LEVEL`). */
  readonly logger?: Logger;
  /** Serve `/health`, `/ready` and `/metrics` here once started (the CLI: the config's `PORT` and `HOST`); none when absent. */
  readonly http?: { readonly port: number; readonly host: string };
}

/** A `goldensignals worker` process: the services behind the job workers. */
export interface GoldenSignalsWorker {
  readonly config: ServerConfig;
  readonly database: Database;
  readonly chain: ProviderChain;
  readonly signals: SignalService;
  readonly queues: JobQueues;
  readonly log: Logger;
  readonly metrics: ServerMetrics;
  /** The URL of `/health`, `/ready` and `/metrics` once started with `http`, else `null`. */
  readonly httpUrl: string | null;
  /** Starts the job workers, upserts the scan schedulers and queues again what was left unfinished. */
  start(): Promise<void>;
  /** Graceful: takes no new jobs, finishes running scan and signal jobs, re-queues running backtests, saves, closes. */
  stop(): Promise<void>;
}

function workerLog(config: ServerConfig): Logger {
  return pino({ name: 'goldensignals-worker', level: config.logLevel });
}

/** Why a worker cannot run with this config, or `null`. */
export function workerConfigProblem(config: Pick<ServerConfig, 'redisUrl' | 'databaseUrl'>): string | null {
  const missing = [config.redisUrl === null ? 'REDIS_URL' : null, config.databaseUrl === null ? 'DATABASE_URL' : null].filter((name) => name !== null);
  if (missing.length === 0) return null;
  return `a worker needs ${missing.join(' and ')}: it takes its jobs from Redis (REDIS_URL) and shares the PostgreSQL database (DATABASE_URL) with the API nodes; the embedded database cannot be shared between processes`;
}

/**
 * Builds a worker from a validated config, like `createServer` but without HTTP: the PostgreSQL database,
 * the market data providers and their chain, the engine with the saved weights and learning, the signal
 * service publishing on the given bus, and the BullMQ job workers (scans, signals, backtests). Nothing
 * runs until `start()`. Needs `REDIS_URL` and `DATABASE_URL`.
 */
export async function createWorker(config: ServerConfig, options: CreateWorkerOptions): Promise<GoldenSignalsWorker> {
  const problem = workerConfigProblem(config);
  if (problem !== null || config.redisUrl === null) throw new Error(problem ?? 'REDIS_URL is not set');
  const redisUrl = config.redisUrl;
  const log = options.logger ?? workerLog(config);
  const database = await openDatabase({ databaseUrl: config.databaseUrl ?? undefined, dataDir: config.dataDir, schema: options.databaseSchema });
  const queues = JobQueues.open({ redisUrl, keyPrefix: options.keyPrefix ?? DEFAULT_KEY_PREFIX, onError: (error) => log.warn({ err: error }, `job queues (Redis): ${error.message}`) });
  try {
    const providers = options.providers ?? (await createProviders(config, (provider, message) => log.warn(`${provider}: ${message}`), options.now));
    const depth = new QueueDepthSampler(queues, 5_000, (error) => log.debug({ err: error }, 'queue depth not sampled'));
    // The gauges read the chain when scraped, after it exists.
    const metrics = new ServerMetrics({ queueDepth: () => depth.depth, circuitStates: () => chain.circuitStates() });
    const chain = new ProviderChain({ providers: [...providers], barRepository: new BarRepository(database.db), onProviderCall: (event) => metrics.observeProviderCall(event) });
    const { tracker, state } = await LearningState.load(database);
    // Every agent run of a signal is timed (performance.now: agents take microseconds) for /metrics, as on an API node.
    const observeAgents = {
      now: () => performance.now(),
      onAgentResults: (results: readonly AgentRunResult[]) => {
        for (const result of results) metrics.observeAgent(result.agent, result.elapsedMs, result.status === 'excluded');
      },
    };
    const builtSettings = await new AgentSettingsRepository(database.db).list();
    const ml = await loadMlAgents(config.mlModelsDir, { allowEmpty: config.mlRetrainHours > 0 });
    const mlAgents = ml?.agents ?? [];
    const engine = engineFromSettings(builtSettings, tracker, observeAgents, mlAgents);
    const { bus } = options;
    const published = (what: string) => (error: unknown) => log.warn({ err: error }, `${what} not published`);
    const signals = new SignalService({
      database,
      bars: chain,
      engine,
      learning: state,
      publisher: {
        publishSignal: (signal) => void bus.publish(signalEvent(signal)).catch(published(`signal ${signal.id}`)),
        publishOutcome: (signal) => void bus.publish(outcomeEvent(signal)).catch(published(`outcome of ${signal.id}`)),
        publishBars: (symbol, timeframe, bars, simulated) => {
          for (const bar of bars) {
            void bus.publish(barEvent(symbol, timeframe, { symbol, timeframe, ...bar, time: new Date(bar.time).toISOString(), simulated })).catch(published(`${symbol} ${timeframe} bar`));
          }
        },
      },
      historyBars: config.historyBars,
      now: options.now,
      inputs: mergedInputs([
        storedNewsInputs(database, { onError: (error, symbol) => log.warn({ err: error, symbol }, 'stored news, posts and transcripts not read; the text agents abstain on this signal') }),
        storedExternalVoteInputs(database, { onError: (error, symbol) => log.warn({ err: error, symbol }, 'TradingView votes not read; the tradingview agent abstains on this signal') }),
      ]),
      onGenerated: (signal, durationMs) => metrics.observeSignal(signal, durationMs),
    });
    // Models a retrainer (on any node) writes reach this worker's ML agents: on its bus event, else within a minute.
    const modelFolder = config.mlModelsDir;
    const modelReloader =
      ml === null || modelFolder === null
        ? null
        : new ModelReloader({
            folder: modelFolder,
            store: ml.store,
            loadedState: ml.loadedState,
            bus: options.bus,
            onReloaded: (models) => log.info({ models: models.map((model) => `${model.kind} ${model.symbol} ${model.timeframe} ${model.version}`) }, 'ML models reloaded'),
            onError: (error) => log.warn({ err: error }, 'ML models not reloaded; the agents keep their models'),
          });
    // Agents enabled, disabled or reconfigured on an API node reach this worker within the watcher's period.
    const settingsWatcher = new AgentSettingsWatcher({
      database,
      signals,
      engineFor: (settings, learned) => engineFromSettings(settings, learned, observeAgents, mlAgents),
      onError: (error) => log.warn({ err: error }, 'agent settings not re-read; will retry'),
    });
    const followed = followedSymbols(database, config.defaultWatchlist);
    const workers = new JobWorkers({
      redisUrl,
      queues,
      database,
      generate: (symbol, timeframe) => signals.generate(symbol, timeframe),
      backtestBars: (request) => chain.bars(request),
      // The text agents vote in backtests on the stored items of the whole period (each bar sees those up to it).
      // Backtests see the stored news, posts, transcripts and TradingView votes of their period, as the live engine does.
      backtestInputs: mergedInputs([storedNewsInputs(database, { maxItems: 100_000 }), storedExternalVoteInputs(database)]),
      followedSymbols: followed,
      concurrency: options.concurrency ?? config.workerConcurrency,
      lockDurationMs: options.lockDurationMs ?? config.jobLockMs,
      stalledIntervalMs: options.stalledIntervalMs,
      log,
      now: options.now,
    });
    const saveLearning = async (): Promise<void> => {
      try {
        await signals.saveLearning();
      } catch (error) {
        log.error({ err: error }, 'saving learned agent weights failed; will retry');
      }
    };
    let saver: NodeJS.Timeout | undefined;
    let resubmitter: NodeJS.Timeout | undefined;
    const leaseRedis = openRedis(redisUrl, { role: 'cache', onError: (error) => log.debug({ err: error }, `lease (Redis): ${error.message}`) });
    const lease = new RedisLease({ redis: leaseRedis, name: 'resubmit-unfinished', ttlMs: 3 * (options.resubmitEveryMs ?? 60_000), keyPrefix: options.keyPrefix });
    const resubmit = async (): Promise<void> => {
      try {
        const resubmitted = await resubmitUnfinishedJobs(database, queues, options.now);
        if (resubmitted.scans + resubmitted.backtests > 0) log.info(resubmitted, 'unfinished scans and backtests queued again');
      } catch (error) {
        log.warn({ err: error }, 'queueing unfinished scans and backtests again failed; will retry');
      }
    };
    let stopping = false;
    const http = options.http === undefined ? null : await createWorkerHttp({ database, metrics, shuttingDown: () => stopping });
    let httpUrl: string | null = null;
    return {
      config,
      database,
      chain,
      signals,
      queues,
      log,
      metrics,
      get httpUrl() {
        return httpUrl;
      },
      async start() {
        if (http !== null && options.http !== undefined) httpUrl = await http.listen({ port: options.http.port, host: options.http.host });
        depth.start();
        await signals.start();
        await workers.start();
        if (options.schedule ?? true) await upsertScanSchedulers(queues, config.scheduleTimeframes, { now: options.now, ...options.scheduleOptions });
        if (options.resubmitUnfinished ?? true) {
          await resubmit();
          const everyMs = options.resubmitEveryMs ?? 60_000;
          resubmitter = setInterval(() => void lease.tryHold().then((held) => (held ? resubmit() : undefined)), everyMs);
          resubmitter.unref();
        }
        // Each sync merges this worker's learning into the shared record and takes the other processes'.
        saver = setInterval(() => void saveLearning(), options.saveLearningEveryMs ?? 15_000);
        settingsWatcher.start(builtSettings);
        modelReloader?.start();
        saver.unref();
      },
      async stop() {
        stopping = true;
        if (saver !== undefined) clearInterval(saver);
        if (resubmitter !== undefined) clearInterval(resubmitter);
        settingsWatcher.stop();
        await modelReloader?.stop();
        await lease.release();
        await closeRedis(leaseRedis);
        depth.stop();
        await workers.close();
        await saveLearning();
        await queues.close();
        await http?.close();
        await database.close();
      },
    };
  } catch (error) {
    await queues.close();
    await database.close();
    throw error;
  }
}

/** A started worker publishing on a Redis bus of its own, and how to stop both. */
export interface RunningWorker {
  readonly worker: GoldenSignalsWorker;
  /** Stops the worker (gracefully), then closes its bus. */
  stop(): Promise<void>;
}

/**
 * What `goldensignals worker` runs: the Redis message bus on `REDIS_URL` (so signals reach every API node's
 * WebSocket clients) and a started {@link createWorker} publishing on it.
 */
export async function startWorker(config: ServerConfig, options: Omit<CreateWorkerOptions, 'bus'> = {}): Promise<RunningWorker> {
  const problem = workerConfigProblem(config);
  if (problem !== null || config.redisUrl === null) throw new Error(problem ?? 'REDIS_URL is not set');
  const log = options.logger ?? workerLog(config);
  const bus = await RedisMessageBus.open({ url: config.redisUrl, keyPrefix: options.keyPrefix, onRedisError: (error) => log.warn({ err: error }, `message bus (Redis): ${error.message}`) });
  try {
    const worker = await createWorker(config, { ...options, bus, logger: log });
    await worker.start().catch(async (error: unknown) => {
      await worker.stop();
      throw error;
    });
    return {
      worker,
      async stop() {
        await worker.stop();
        await bus.close();
      },
    };
  } catch (error) {
    await bus.close();
    throw error;
  }
}
