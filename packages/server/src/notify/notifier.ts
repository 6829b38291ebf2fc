import type { Database } from '../storage/database.js';
import { ChannelRepository, type NotificationChannel } from '../storage/repositories/channel-repository.js';
import { DeliveryRepository, type DeliveryAttemptOutcome, type NotificationDelivery } from '../storage/repositories/delivery-repository.js';
import { AttemptRecorder } from './attempt-recorder.js';
import type { ChannelKind } from '../storage/schema/notification-channels.js';
import type { ChannelSender } from './channel-sender.js';
import { createChannelSenders, type ChannelSenderSettings } from './channel-senders.js';
import { DeliveryError } from './delivery-error.js';
import type { ForegroundWork } from '../support/foreground-work.js';
import { KeyedConcurrencyLimit } from '../support/keyed-concurrency-limit.js';
import { truncate } from './message-text.js';
import { notificationMessageFrom, testMessage, type NotificationMessage } from './notification-message.js';

/** Waits before each retry of a failed delivery; after the last one fails the delivery is dead. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [30_000, 120_000, 600_000, 3_600_000, 21_600_000];

/** Dependencies and settings of the {@link Notifier}. */
export interface NotifierOptions extends ChannelSenderSettings {
  readonly database: Database;
  /** Senders to use instead of the built-in ones, by kind. */
  readonly senders?: Partial<Record<ChannelKind, ChannelSender>>;
  /** Longest wait for a channel to take a message, ms (default 10 s). */
  readonly timeoutMs?: number;
  /** Waits before the retries, ms (default 30 s, 2 min, 10 min, 1 h, 6 h). */
  readonly retryDelaysMs?: readonly number[];
  /**
   * Sends running at once, all channels together (default 64): HTTP sends are cheap to hold, and a low limit lets a
   * few slow channels (each up to `maxConcurrentPerChannel`) take every slot.
   */
  readonly maxConcurrent?: number;
  /** Sends running at once to one channel (default 2): a hanging channel holds no more slots than this. */
  readonly maxConcurrentPerChannel?: number;
  /** Time between retry passes once started, ms (default 15 s). */
  readonly retryIntervalMs?: number;
  /** Deliveries taken per retry pass (default 50). */
  readonly retryBatchSize?: number;
  /**
   * How long an attempt holds its delivery (default 5 min): should the server stop mid-send, any server retries the
   * delivery after this. Must exceed the time a send can wait for a slot plus its timeout.
   */
  readonly leaseMs?: number;
  /** Work that goes first (signal generation): each claim of queued deliveries, each send and each write of outcomes waits until it has settled. */
  readonly foreground?: Pick<ForegroundWork, 'settled'>;
  /** The clock of delivery times and retry schedules (default Date.now). */
  readonly now?: () => number;
  /** Told about a retry pass that failed (the database being down); the next pass tries again. */
  readonly onError?: (error: unknown) => void;
}

/** The outcome of {@link Notifier.retryNow}: the delivery as the attempt left it, or why none was made. */
export type ManualRetry = { readonly retried: true; readonly delivery: NotificationDelivery } | { readonly retried: false; readonly reason: string };

/** What one retry pass did. */
export interface RetryReport {
  /** Due deliveries taken. */
  readonly claimed: number;
  readonly delivered: number;
  /** Failed again, with another retry planned. */
  readonly failed: number;
  /** Given up: the dead-letter list. */
  readonly dead: number;
}

const DEFAULT_MAX_CONCURRENT = 64;
/** How long attempt ends are gathered before the drain claims again, ms. */
const DRAIN_DELAY_MS = 25;

const EMPTY_REPORT: RetryReport = { claimed: 0, delivered: 0, failed: 0, dead: 0 };
const MAX_ERROR_LENGTH = 500;

function abortOf(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/**
 * Delivers notifications to channels: records each delivery, sends it with a timeout, records the outcome with its
 * latency, retries failures with exponential backoff and gives up (status `dead`) after the last retry or on a
 * failure that only a config change can fix. Every delivery runs on its own, so a failing or hanging channel delays
 * no other channel and no caller that does not wait for it.
 */
export class Notifier {
  private readonly channels: ChannelRepository;
  private readonly deliveries: DeliveryRepository;
  private readonly recorder: AttemptRecorder;
  private readonly senders: Readonly<Record<ChannelKind, ChannelSender>>;
  private readonly closeSenders: () => void;
  private readonly limit: KeyedConcurrencyLimit;
  private readonly timeoutMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly leaseMs: number;
  private readonly now: () => number;
  /** Deliveries this notifier is attempting or about to: a retry pass leaves them alone. */
  private readonly inFlight = new Set<string>();
  /** Attempts in flight per channel: a channel at its limit gets no more deliveries claimed until one ends. */
  private readonly inFlightByChannel = new Map<string, number>();
  /** Attempts the background drain started and that have not ended. */
  private drained = 0;
  private draining = false;
  /** A drain was asked for while one ran. */
  private drainAgain = false;
  /** The last claim of the drain took a full batch: more are waiting, so each ending attempt claims again. */
  private backlog = false;
  private readonly attempts = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<RetryReport> | null = null;
  private stopped = false;

  constructor(private readonly options: NotifierOptions) {
    this.channels = new ChannelRepository(options.database.db);
    this.deliveries = new DeliveryRepository(options.database.db);
    this.recorder = new AttemptRecorder(this.deliveries, options.foreground);
    const builtIn = createChannelSenders(options);
    this.senders = { ...builtIn.byKind, ...options.senders };
    this.closeSenders = builtIn.close;
    this.limit = new KeyedConcurrencyLimit(options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT, options.maxConcurrentPerChannel ?? 2);
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.leaseMs = options.leaseMs ?? 300_000;
    this.now = options.now ?? Date.now;
    if (!Number.isFinite(this.timeoutMs) || this.timeoutMs <= 0) throw new RangeError(`timeoutMs must be a positive number of milliseconds, got ${this.timeoutMs}`);
    if (this.retryDelaysMs.some((delay) => !Number.isFinite(delay) || delay < 0)) throw new RangeError('retryDelaysMs must be non-negative numbers of milliseconds');
  }

  /**
   * Records a delivery of `message` to `channel` and makes its first attempt; resolves to the delivery as that
   * attempt left it (`delivered`, `failed` with a retry planned, or `dead`), or `null` for a disabled channel (nothing
   * is sent). Send failures never reject: only the database can. Callers that must not wait (the signal pipeline)
   * should not await it.
   */
  async deliver(channel: NotificationChannel, message: NotificationMessage, alertTriggerId: string | null = null): Promise<NotificationDelivery | null> {
    if (!channel.enabled) return null;
    const delivery = await this.deliveries.create({
      channelId: channel.id,
      kind: channel.kind,
      eventType: message.eventType,
      subject: message.subject,
      payload: message,
      leaseUntil: new Date(this.now() + this.leaseMs),
      alertTriggerId,
    });
    return (await this.attempt(delivery, channel, message, true)) ?? delivery;
  }



  /**
   * Sends one message to many channels: records every delivery in one statement, attempts the first `attemptNow`
   * at once and leaves the rest queued for the drain (`start`), which sends them shortly. Resolves, once recorded, to
   * the attempts started (each resolving as {@link deliver}'s does). Disabled channels get nothing.
   */
  async deliverMany(channels: readonly NotificationChannel[], message: NotificationMessage, alertTriggerId: string | null, attemptNow: number): Promise<Promise<NotificationDelivery | null>[]> {
    const enabled = channels.filter((channel) => channel.enabled);
    const now = this.now();
    const rows = await this.deliveries.createMany(
      enabled.map((channel, i) => ({
        channelId: channel.id,
        kind: channel.kind,
        eventType: message.eventType,
        subject: message.subject,
        payload: message,
        // Attempted now: leased so no drain takes it meanwhile. Queued: due at once.
        leaseUntil: new Date(i < attemptNow ? now + this.leaseMs : now),
        alertTriggerId,
      })),
    );
    const byId = new Map(enabled.map((channel) => [channel.id, channel]));
    const attempts: Promise<NotificationDelivery | null>[] = [];
    rows.forEach((row, i) => {
      const channel = byId.get(row.channelId);
      if (i < attemptNow && channel !== undefined) attempts.push(this.attempt(row, channel, message, true));
    });
    if (rows.length > attemptNow && this.timer !== undefined) this.drainSoon();
    return attempts;
  }

  /**
   * Attempts a failed or dead delivery of `channel` again now, with the channel's current config (a retry asked for
   * by hand). Failing again, a dead delivery is dead again and a failed one keeps its retry schedule. Refused, with
   * the reason, when the delivery is not failed or dead, is being attempted already, its channel is disabled or its
   * stored message cannot be read. Send failures never reject: only the database can.
   */
  async retryNow(delivery: NotificationDelivery, channel: NotificationChannel): Promise<ManualRetry> {
    if (delivery.channelId !== channel.id) throw new RangeError(`delivery ${delivery.id} is not of channel ${channel.id}`);
    if (!channel.enabled) return { retried: false, reason: 'the channel is disabled; enable it first' };
    if (this.inFlight.has(delivery.id)) return { retried: false, reason: 'the delivery is being attempted right now' };
    const message = notificationMessageFrom(delivery.payload);
    if (message === null) return { retried: false, reason: 'the stored message cannot be read' };
    const claimed = await this.deliveries.claimForRetry(delivery.id, new Date(this.now() + this.leaseMs));
    if (claimed === null) return { retried: false, reason: `only failed or dead deliveries can be retried; this one is ${delivery.status}` };
    return { retried: true, delivery: (await this.attempt(claimed, channel, message, true)) ?? claimed };
  }

  /** Sends the test message to `channel` now, enabled or not, once (no retries); resolves to the delivery. */
  async sendTest(channel: NotificationChannel): Promise<NotificationDelivery> {
    const message = testMessage(new Date(this.now()));
    const delivery = await this.deliveries.create({ channelId: channel.id, kind: channel.kind, eventType: message.eventType, subject: message.subject, payload: message, leaseUntil: null });
    return (await this.attempt(delivery, channel, message, false)) ?? delivery;
  }

  /**
   * One retry pass: takes the deliveries whose retry is due (and those a stopped server left mid-send), sends each
   * again with the channel's current config, and records the outcomes. Passes do not overlap: a call while one runs
   * gets that pass's report.
   */
  async retryDue(): Promise<RetryReport> {
    if (this.pass !== null) return this.pass;
    this.pass = this.runPass();
    try {
      return await this.pass;
    } finally {
      this.pass = null;
    }
  }

  /**
   * Drains due deliveries in the background (idempotent; not after `stop`): on a timer, and while a backlog remains,
   * again as each attempt ends, so a burst queued by the alert dispatcher leaves as fast as the channels take it.
   * Deliveries of a channel already at its concurrency limit are left queued, so a slow or hanging channel cannot
   * fill the drain and starve the others. Errors go to `onError`.
   */
  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => this.drainSoon(), this.options.retryIntervalMs ?? 15_000);
    this.timer.unref();
    // What a stopped server left queued goes out now, not after the first interval.
    this.drainSoon();
  }

  /**
   * Stops for good: stops the timer, lets attempts in progress finish (each within its timeout) and closes the SMTP transport.
   * Attempts still waiting for a slot are not made: their deliveries keep their lease and are retried after it.
   */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.stopped = true;
    await this.pass?.catch(() => undefined);
    await Promise.allSettled([...this.attempts]);
    this.closeSenders();
  }

  private async runPass(): Promise<RetryReport> {
    if (this.stopped) return EMPTY_REPORT;
    const { claimed, attempts } = await this.claimAndStart(this.options.retryBatchSize ?? 50);
    if (claimed === 0) return EMPTY_REPORT;
    const outcomes = await Promise.all(attempts);
    const count = (status: string): number => outcomes.filter((row) => row?.status === status).length;
    return { claimed, delivered: count('delivered'), failed: count('failed'), dead: count('dead') };
  }

  /**
   * Starts a drain shortly, unless one is pending: the attempts ending meanwhile share one claim (each claim is a
   * query that may pass over many queued deliveries of busy channels). A call during a drain runs another after it,
   * so a slot freed meanwhile is not missed. Errors go to `onError`.
   */
  private drainSoon(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = true;
    setTimeout(() => {
      this.drain()
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => {
          this.draining = false;
          if (this.drainAgain) {
            this.drainAgain = false;
            this.drainSoon();
          }
        });
    }, DRAIN_DELAY_MS).unref();
  }

  /** Claims due deliveries while there is room, starting their attempts without waiting for them. */
  private async drain(): Promise<void> {
    const room = (): number => this.maxDrained - this.drained;
    while (!this.stopped && room() > 0) {
      const wanted = Math.min(room(), this.options.retryBatchSize ?? 50);
      const { claimed, attempts, skippedBusy } = await this.claimAndStart(wanted);
      // More may be waiting whenever a claim found any (each takes at most a few per channel) or skipped a busy
      // channel; as attempts end the drain claims again, until a claim finds nothing.
      this.backlog = claimed > 0 || skippedBusy;
      for (const attempt of attempts) {
        this.drained += 1;
        void attempt.finally(() => {
          this.drained -= 1;
          if (this.backlog) this.drainSoon();
        });
      }
      if (claimed < wanted) return;
    }
  }

  /** Most attempts the background drain keeps in flight (waiting for a slot included). */
  private get maxDrained(): number {
    return 4 * (this.options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT);
  }

  /** Claims up to `limit` due deliveries of channels below their concurrency limit and starts an attempt of each. */
  private async claimAndStart(limit: number): Promise<{ readonly claimed: number; readonly attempts: Promise<NotificationDelivery | null>[]; readonly skippedBusy: boolean }> {
    await this.options.foreground?.settled();
    const now = this.now();
    const perChannel = this.options.maxConcurrentPerChannel ?? 2;
    const busy = [...this.inFlightByChannel].filter(([, count]) => count >= perChannel).map(([channelId]) => channelId);
    const claimed = await this.deliveries.claimDue(new Date(now), new Date(now + this.leaseMs), limit, { skipChannelIds: busy, perChannel });
    const skippedBusy = busy.length > 0;
    if (claimed.length === 0) return { claimed: 0, attempts: [], skippedBusy };
    const channels = new Map((await this.channels.byIds(claimed.map((delivery) => delivery.channelId))).map((channel) => [channel.id, channel]));
    const attempts = claimed
      .filter((delivery) => !this.inFlight.has(delivery.id))
      .map(async (delivery) => {
        const channel = channels.get(delivery.channelId);
        // A deleted channel took its deliveries with it.
        if (channel === undefined) return null;
        const message = notificationMessageFrom(delivery.payload);
        if (message === null) return this.deliveries.giveUp(delivery.id, 'not sent: the stored message cannot be read');
        if (!channel.enabled) return this.deliveries.giveUp(delivery.id, 'not sent: the channel is disabled');
        return this.attempt(delivery, channel, message, true);
      });
    return { claimed: claimed.length, attempts, skippedBusy };
  }

  /** One attempt, once a slot is free; `null` when none was made (stopping) or the delivery is gone. */
  private attempt(delivery: NotificationDelivery, channel: NotificationChannel, message: NotificationMessage, retries: boolean): Promise<NotificationDelivery | null> {
    this.inFlight.add(delivery.id);
    this.inFlightByChannel.set(channel.id, (this.inFlightByChannel.get(channel.id) ?? 0) + 1);
    const running = this.limit
      .run(channel.id, async () => {
        await this.options.foreground?.settled();
        return this.stopped && retries ? null : this.send(delivery, channel, message, retries);
      })
      // Written outside the channel's slot, with the ends of other attempts of the moment.
      .then((outcome) => (outcome === null ? null : this.recorder.record(delivery, outcome)))
      .finally(() => {
        this.inFlight.delete(delivery.id);
        const left = (this.inFlightByChannel.get(channel.id) ?? 1) - 1;
        if (left === 0) this.inFlightByChannel.delete(channel.id);
        else this.inFlightByChannel.set(channel.id, left);
        this.attempts.delete(running);
      });
    this.attempts.add(running);
    return running;
  }

  private async send(delivery: NotificationDelivery, channel: NotificationChannel, message: NotificationMessage, retries: boolean): Promise<DeliveryAttemptOutcome> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const started = performance.now();
    const latency = (): number => Math.round(performance.now() - started);
    try {
      // Raced against the timeout as well, so that a sender ignoring its signal cannot hold the slot.
      await Promise.race([this.senders[channel.kind].send(channel.config, channel.secret, message, timeout), abortOf(timeout)]);
      return { status: 'delivered', at: new Date(this.now()), latencyMs: latency() };
    } catch (error) {
      const failure = timeout.aborted
        ? new DeliveryError(`no answer within ${this.timeoutMs / 1000} s`, true)
        : error instanceof DeliveryError
          ? error
          : new DeliveryError(error instanceof Error ? error.message : String(error), true);
      const at = this.now();
      const made = delivery.attempts + 1;
      const reason = truncate(failure.message, MAX_ERROR_LENGTH);
      if (!retries) return { status: 'failed', at: new Date(at), latencyMs: latency(), error: reason, nextAttemptAt: null };
      const delay = failure.retryable ? this.retryDelaysMs[made - 1] : undefined;
      if (delay === undefined) {
        const why = failure.retryable ? ` (gave up after ${made} attempts)` : '';
        return { status: 'dead', at: new Date(at), latencyMs: latency(), error: truncate(`${failure.message}${why}`, MAX_ERROR_LENGTH), nextAttemptAt: null };
      }
      return { status: 'failed', at: new Date(at), latencyMs: latency(), error: reason, nextAttemptAt: new Date(at + delay) };
    }
  }
}
