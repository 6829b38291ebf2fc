import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { randomWalkBars, SignalEngine, TIMEFRAME_MS, type Bar } from '@goldensignals/engine';
import {
  AlertEvaluator,
  AlertRepository,
  ChannelRepository,
  executeRows,
  ForegroundWork,
  InProcessMessageBus,
  LearningState,
  Notifier,
  openDatabase,
  SignalService,
  signalEvent,
  type BarRequest,
  type BarsAnswer,
  type BarSource,
  type Database,
} from '@goldensignals/server';
import { sql } from 'drizzle-orm';
import { WebhookFarm, type EndpointBehaviour, type EndpointTally } from '../alerts/webhook-farm.js';
import { percentile, progress, round } from '../measure.js';

const ENDPOINTS = 100;
/** Crypto pairs trade around the clock: every hour of the bench's clock closes a bar of each. */
const SYMBOLS = Array.from({ length: 50 }, (_, i) => `ALERT${String(i).padStart(3, '0')}-USDT`);
const BASELINE_ROUNDS = 6;
const FAN_OUT_ROUNDS = 20;
/**
 * Rounds start this far apart, ms: bars close in bursts (every symbol at once) with the deliveries of earlier ones
 * still going out in between, so each burst meets a busy notifier.
 */
const ROUND_INTERVAL_MS = 1_000;
/** `GS_BENCH_ALERTS_PRIORITY=0` measures without generation going first (the ForegroundWork the server wires). */
const GENERATION_FIRST = process.env.GS_BENCH_ALERTS_PRIORITY !== '0';
const HOUR = TIMEFRAME_MS['1h'];
const HISTORY_BARS = 300;
const START = Date.UTC(2026, 0, 1);
const SLOW_MS = 1_500;
/** Short retry waits so that failing endpoints are dead-lettered within the run (production waits up to 6 h). */
const RETRY_DELAYS_MS = [500, 1_000];
const SETTLE_TIMEOUT_MS = 15 * 60_000;

/** Every 10th endpoint always answers 500, the next slow, the next refuses each first attempt; the rest are fast. */
function behaviourOf(index: number): EndpointBehaviour {
  return (['failing', 'slow', 'flaky'] as const)[index % 10] ?? 'fast';
}

/** Random-walk hourly bars of every bench symbol, each request answered from them. */
class WalkBars implements BarSource {
  private readonly bySymbol = new Map<string, Bar[]>();

  constructor(length: number) {
    SYMBOLS.forEach((symbol, i) => {
      const series = randomWalkBars({ length, seed: i + 1, symbol, timeframe: '1h', startTime: START, startPrice: 50 + i });
      this.bySymbol.set(symbol, Array.from({ length }, (_, k) => series.bar(k)));
    });
  }

  async bars(request: BarRequest): Promise<BarsAnswer> {
    const all = this.bySymbol.get(request.symbol) ?? [];
    return { bars: all.filter((bar) => bar.time >= request.from && bar.time < request.to), simulated: true, stale: false };
  }
}

interface Latency {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

function latencyOf(times: readonly number[]): Latency {
  return { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), p99Ms: round(percentile(times, 99)), maxMs: round(Math.max(...times)) };
}

/** Generates one signal per symbol on the bar that closed at `clock.now`, timing each. */
async function generateRound(signals: SignalService, times: number[]): Promise<number> {
  let created = 0;
  for (const symbol of SYMBOLS) {
    const start = performance.now();
    const answer = await signals.generate(symbol, '1h');
    times.push(performance.now() - start);
    if (answer.created) created += 1;
  }
  return created;
}

/** Runs a round and waits until ROUND_INTERVAL_MS after it started. */
async function paced<T>(round: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await round();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, ROUND_INTERVAL_MS - (performance.now() - start))));
  return result;
}

async function statusCounts(database: Database): Promise<Record<string, number>> {
  const rows = await executeRows<{ status: string; count: number }>(database.db, sql`SELECT status, count(*)::int AS count FROM notification_deliveries GROUP BY status`);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}

/**
 * From the trigger (the alert firing) to the receiver's 2xx, for deliveries that got through: all of them, or only
 * those delivered at the first attempt, or those of one kind of endpoint (told by the channel's name).
 */
async function deliveryLatency(database: Database, which: { readonly firstAttemptOnly: boolean; readonly behaviour?: EndpointBehaviour }): Promise<Latency & { readonly count: number }> {
  const behaviour = which.behaviour === undefined ? sql`TRUE` : sql`c.name LIKE ${`%(${which.behaviour})`}`;
  const rows = await executeRows<{ count: number; p50: number; p95: number; p99: number; max: number }>(
    database.db,
    sql`SELECT count(*)::int AS count,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95,
          percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
        FROM (SELECT extract(epoch FROM d.delivered_at - t.fired_at) * 1000 AS ms
              FROM notification_deliveries d JOIN alert_triggers t ON t.id = d.alert_trigger_id JOIN notification_channels c ON c.id = d.channel_id
              WHERE d.status = 'delivered' AND (${!which.firstAttemptOnly} OR d.attempts = 1) AND ${behaviour}) AS latencies`,
  );
  const [row] = rows;
  return { count: Number(row.count), p50Ms: round(Number(row.p50)), p95Ms: round(Number(row.p95)), p99Ms: round(Number(row.p99)), maxMs: round(Number(row.max)) };
}

/**
 * 1,000 signals fanned out to 100 webhook endpoints (70 fast, 10 slow, 10 failing, 10 failing each first attempt)
 * through the real path: signal service → bus → alert evaluator → notifier → signed HTTP POSTs to local receivers
 * that verify every signature. Prints whether everything was delivered or dead-lettered, duplicates, delivery
 * latency, and signal generation latency with the fan-out running against a baseline without it, in one process on
 * the embedded database (the default install).
 */
export async function alertFanOut(): Promise<unknown> {
  const farm = await WebhookFarm.start({ endpoints: ENDPOINTS, behaviourOf, slowMs: SLOW_MS });
  const database = await openDatabase({ memory: true });
  const bus = new InProcessMessageBus();
  // As the server wires it: generating signals goes first, alert evaluation and deliveries wait for a pause.
  const foreground = GENERATION_FIRST ? new ForegroundWork() : undefined;
  const notifier = new Notifier({ database, foreground, retryDelaysMs: RETRY_DELAYS_MS, retryIntervalMs: 250, onError: (error) => progress(`notifier: ${String(error)}`) });
  const evaluator = new AlertEvaluator({ database, bus, notifier, foreground, onError: (error, context) => progress(`alerts: ${context.during}: ${String(error)}`) });
  try {
    const channels = new ChannelRepository(database.db);
    for (const endpoint of farm.endpoints) {
      const secret = `whsec_${randomBytes(32).toString('base64url')}`;
      await farm.setSecret(endpoint.index, secret);
      await channels.create({ userId: null, kind: 'webhook', name: `bench hook ${endpoint.index} (${endpoint.behaviour})`, config: { url: endpoint.url }, secret });
    }
    await new AlertRepository(database.db).create({ userId: null, symbol: '*', kind: 'signal', params: { actions: ['BUY', 'SELL', 'HOLD'] }, channels: ['webhook'], name: 'every signal' });

    const clock = { now: START + HISTORY_BARS * HOUR + 1 };
    const { tracker, state } = await LearningState.load(database);
    const published = new Map<string, number>();
    const signals = new SignalService({
      database,
      bars: new WalkBars(HISTORY_BARS + BASELINE_ROUNDS + FAN_OUT_ROUNDS + 2),
      engine: new SignalEngine(tracker === null ? {} : { tracker }),
      learning: state,
      publisher: {
        publishSignal: (signal) => {
          published.set(signal.id, performance.now());
          void bus.publish(signalEvent(signal));
        },
      },
      historyBars: HISTORY_BARS,
      now: () => clock.now,
      foreground,
    });

    progress(`alerts: first signal of ${SYMBOLS.length} symbols (replays ${HISTORY_BARS} bars each)`);
    await generateRound(signals, []);
    const baseline: number[] = [];
    for (let r = 0; r < BASELINE_ROUNDS; r++) {
      clock.now += HOUR;
      await paced(() => generateRound(signals, baseline));
    }
    progress(`alerts: baseline ${baseline.length} signals without alerts; now ${FAN_OUT_ROUNDS * SYMBOLS.length} signals with 100 webhooks each`);

    notifier.start();
    evaluator.start();
    const fanOutStart = performance.now();
    const firstSignal = published.size;
    const underLoad: number[] = [];
    let created = 0;
    for (let r = 0; r < FAN_OUT_ROUNDS; r++) {
      clock.now += HOUR;
      created += await paced(() => generateRound(signals, underLoad));
    }
    const generationMs = performance.now() - fanOutStart;
    const expected = created * ENDPOINTS;
    progress(`alerts: generation with fan-out p50 ${round(percentile(underLoad, 50))} ms, p95 ${round(percentile(underLoad, 95))} ms (baseline p50 ${round(percentile(baseline, 50))} ms, p95 ${round(percentile(baseline, 95))} ms); draining ${expected} deliveries`);

    // Settled: every delivery delivered or dead (none pending, none waiting for a retry).
    let counts = await statusCounts(database);
    let lastReport = performance.now();
    const total = (): number => Object.values(counts).reduce((sum, count) => sum + count, 0);
    while (total() < expected || (counts.pending ?? 0) + (counts.failed ?? 0) > 0) {
      if (performance.now() - fanOutStart > SETTLE_TIMEOUT_MS) throw new Error(`alerts: not settled within ${SETTLE_TIMEOUT_MS / 60_000} min: ${JSON.stringify(counts)}`);
      // A count scans every delivery row, on the same thread as the drain: not too often.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      counts = await statusCounts(database);
      if (performance.now() - lastReport > 10_000) {
        progress(`alerts: ${JSON.stringify(counts)} of ${expected}`);
        lastReport = performance.now();
      }
    }
    const drainMs = performance.now() - fanOutStart;

    const tallies = await farm.tallies();
    const byBehaviour = (behaviour: EndpointBehaviour): EndpointTally[] => tallies.filter((endpoint) => endpoint.behaviour === behaviour);
    const receivedOnce = (behaviour: EndpointBehaviour): number => byBehaviour(behaviour).reduce((sum, endpoint) => sum + endpoint.accepted, 0);
    const failingEndpoints = byBehaviour('failing').length;
    const dead = counts.dead ?? 0;
    const delivered = counts.delivered ?? 0;
    return {
      setup: {
        signals: created,
        endpoints: { fast: byBehaviour('fast').length, slow: byBehaviour('slow').length, failing: failingEndpoints, flaky: byBehaviour('flaky').length },
        slowEndpointMs: SLOW_MS,
        retryDelaysMs: RETRY_DELAYS_MS,
        database: 'PGlite (embedded), one process; receivers in another thread',
        roundIntervalMs: ROUND_INTERVAL_MS,
        generationFirst: GENERATION_FIRST,
      },
      deliveries: {
        expected,
        stored: total(),
        delivered,
        deadLettered: dead,
        deadLetteredExpected: created * failingEndpoints,
        lost: expected - delivered - dead,
        receivedByFastSlowFlaky: receivedOnce('fast') + receivedOnce('slow') + receivedOnce('flaky'),
        duplicatesAtReceivers: tallies.reduce((sum, endpoint) => sum + endpoint.duplicates, 0),
        badSignatures: tallies.reduce((sum, endpoint) => sum + endpoint.badSignatures, 0),
        requestsToReceivers: tallies.reduce((sum, endpoint) => sum + endpoint.requests, 0),
      },
      deliveryLatencyFirstAttempt: await deliveryLatency(database, { firstAttemptOnly: true }),
      deliveryLatencyAll: await deliveryLatency(database, { firstAttemptOnly: false }),
      deliveryLatencyByEndpoint: {
        fast: await deliveryLatency(database, { firstAttemptOnly: false, behaviour: 'fast' }),
        slow: await deliveryLatency(database, { firstAttemptOnly: false, behaviour: 'slow' }),
        flaky: await deliveryLatency(database, { firstAttemptOnly: false, behaviour: 'flaky' }),
      },
      throughput: {
        drainSeconds: round(drainMs / 1000, 1),
        deliveriesPerSecond: round((delivered + dead) / (drainMs / 1000), 0),
        signalsPublished: published.size - firstSignal,
      },
      signalGeneration: {
        baseline: latencyOf(baseline),
        withFanOut: latencyOf(underLoad),
        p50Ratio: round(percentile(underLoad, 50) / percentile(baseline, 50), 2),
        p95Ratio: round(percentile(underLoad, 95) / percentile(baseline, 95), 2),
        generationSeconds: round(generationMs / 1000, 1),
      },
    };
  } finally {
    await evaluator.stop();
    await notifier.stop();
    await farm.stop();
    await database.close();
  }
}
