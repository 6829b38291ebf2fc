import { setTimeout as sleep } from 'node:timers/promises';
import { Bot, GrammyError, type Api, type Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import { TELEGRAM_API_URL } from '../notify/telegram-sender.js';
import type { QuoteSource } from '../paper/price-quote.js';
import type { SignalService } from '../signals/signal-service.js';
import type { Database } from '../storage/database.js';
import { SOLE_PROCESS_LEASE, type Lease } from '../support/lease.js';
import { botCommands } from './bot-commands.js';
import { BOT_COMMANDS } from './bot-texts.js';
import { ChatRateLimit } from './chat-rate-limit.js';
import { TelegramLinking } from './telegram-linking.js';

/** grammY types signals as the `abort-controller` polyfill's; at run time it takes Node's (see telegram-sender.ts). */
type GrammySignal = Parameters<Api['getUpdates']>[1];

/** What went wrong, for the log. */
export interface TelegramBotErrorContext {
  readonly during: 'poll' | 'command' | 'stop';
}

/** Dependencies and settings of the {@link TelegramBot}. */
export interface TelegramBotOptions {
  /** The bot's token (`TELEGRAM_BOT_TOKEN`). */
  readonly token: string;
  /** The Bot API root (default https://api.telegram.org). */
  readonly apiRoot?: string;
  readonly database: Database;
  readonly signals: Pick<SignalService, 'latestSignals'>;
  readonly quote: QuoteSource;
  /**
   * Scaled out, only the node holding this lease polls (Telegram allows one `getUpdates` at a time per bot). Its
   * time must exceed a long poll plus the commands of one batch (e.g. three times `pollTimeoutSeconds`).
   */
  readonly lease?: Lease;
  /** False: this node only introduces itself (`getMe`, for the bot's name in link codes) and never polls (`TELEGRAM_POLL`). */
  readonly poll?: boolean;
  /** How long one `getUpdates` waits for updates, seconds (default 25). */
  readonly pollTimeoutSeconds?: number;
  /** Wait between lease checks while another node polls, ms (default 15 s). */
  readonly idleMs?: number;
  /** Wait after a failed poll before the next, ms (default 5 s; doubled per failure in a row up to 60 s). */
  readonly retryMs?: number;
  /** Commands one chat may send per minute (default 20). */
  readonly commandsPerMinute?: number;
  /** On `stop`, how long a command being answered may still take before its Bot API calls are cut off, ms (default 10 s). */
  readonly stopGraceMs?: number;
  readonly now?: () => number;
  readonly onError?: (error: unknown, context: TelegramBotErrorContext) => void;
}

const MAX_RETRY_MS = 60_000;

/**
 * The GoldenSignals Telegram bot: answers commands (see `botCommands`) by long polling `getUpdates` and feeding each
 * update to grammY. Only the node holding the lease polls; it drops any webhook first (`getUpdates` refuses to run
 * while one is set) and confirms handled updates, also on `stop`, so a restart or another node does not answer them
 * twice. `stop` cuts the poll off at once and a command's Bot API calls after a grace: no request is left behind.
 */
export class TelegramBot {
  private readonly bot: Bot;
  private readonly lease: Lease;
  private readonly pollTimeoutSeconds: number;
  /** Cuts off the poll (and the waits between polls) at once on `stop`. */
  private pollAbort = new AbortController();
  /** Cuts off a command's Bot API calls when it outlasts the grace of `stop`. */
  private commandAbort = new AbortController();
  private loop: Promise<void> | null = null;
  /** The next update id to ask for: everything before it is handled. */
  private offset: number | undefined;
  /** The offset Telegram was last told (by a `getUpdates` carrying it). */
  private confirmedOffset: number | undefined;
  private holding = false;

  constructor(private readonly options: TelegramBotOptions) {
    this.lease = options.lease ?? SOLE_PROCESS_LEASE;
    this.pollTimeoutSeconds = options.pollTimeoutSeconds ?? 25;
    if (!Number.isInteger(this.pollTimeoutSeconds) || this.pollTimeoutSeconds < 0 || this.pollTimeoutSeconds > 50) throw new RangeError(`pollTimeoutSeconds must be an integer from 0 to 50, got ${this.pollTimeoutSeconds}`);
    // The client's own limit must outlast a long poll.
    this.bot = new Bot(options.token, { client: { apiRoot: options.apiRoot ?? TELEGRAM_API_URL, timeoutSeconds: this.pollTimeoutSeconds + 30 } });
    const cutOffByStop: Transformer = (prev, method, payload, signal) => prev(method, payload, signal ?? (this.commandAbort.signal as unknown as GrammySignal));
    this.bot.api.config.use(cutOffByStop);
    this.bot.use(
      botCommands({
        database: options.database,
        linking: new TelegramLinking(options.database, options.now),
        signals: options.signals,
        quote: options.quote,
        rateLimit: new ChatRateLimit(options.commandsPerMinute ?? 20, options.now),
        onError: (error) => this.report(error, 'command'),
      }),
    );
  }

  /** The bot's @username once it has introduced itself (`getMe`), else `null`. */
  get username(): string | null {
    return this.bot.isInited() ? this.bot.botInfo.username : null;
  }

  /** True while this node holds the lease and polls. */
  get polling(): boolean {
    return this.holding;
  }

  /**
   * Starts in the background: introduces itself, then polls whenever this node holds the lease (unless `poll` is
   * false); calling it while running is harmless.
   */
  start(): void {
    if (this.loop !== null) return;
    this.pollAbort = new AbortController();
    this.commandAbort = new AbortController();
    this.loop = this.run(this.pollAbort.signal);
  }

  /**
   * Stops: cuts off the poll at once, lets a command being answered finish (its calls are cut off after the grace),
   * tells Telegram which updates were handled, and gives the lease up. Resolves once nothing is left running.
   */
  async stop(): Promise<void> {
    if (this.loop === null) return;
    this.pollAbort.abort(new Error('the Telegram bot is stopping'));
    const grace = setTimeout(() => this.commandAbort.abort(new Error('the Telegram bot stopped')), this.options.stopGraceMs ?? 10_000);
    await this.loop;
    clearTimeout(grace);
    this.loop = null;
    if (this.holding && this.offset !== undefined && this.offset !== this.confirmedOffset) {
      try {
        // A zero-timeout poll carrying the offset is how Telegram learns what was handled.
        await this.bot.api.getUpdates({ offset: this.offset, limit: 1, timeout: 0 }, AbortSignal.timeout(5_000) as unknown as GrammySignal);
        this.confirmedOffset = this.offset;
      } catch (error) {
        this.report(error, 'stop');
      }
    }
    this.holding = false;
    await this.lease.release();
  }

  private async run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      let waitMs = 0;
      try {
        if (!this.bot.isInited()) await this.bot.init(signal as unknown as GrammySignal);
        if (this.options.poll === false) return;
        waitMs = (await this.round(signal)) ? 0 : (this.options.idleMs ?? 15_000);
        failures = 0;
      } catch (error) {
        if (signal.aborted) break;
        failures += 1;
        this.report(error, 'poll');
        // Another poller (a node that still thinks it holds the lease, or another program): start over when ours again.
        if (error instanceof GrammyError && error.error_code === 409) this.letGo();
        waitMs = Math.min(MAX_RETRY_MS, (this.options.retryMs ?? 5_000) * 2 ** (failures - 1));
      }
      if (waitMs > 0) await sleep(waitMs, undefined, { signal }).catch(() => undefined);
    }
  }

  /** One poll when this node holds the lease; false when another node does (wait, then ask again). */
  private async round(signal: AbortSignal): Promise<boolean> {
    if (!(await this.lease.tryHold())) {
      this.letGo();
      return false;
    }
    const pollSignal = signal as unknown as GrammySignal;
    if (!this.holding) {
      await this.bot.api.deleteWebhook({ drop_pending_updates: false }, pollSignal);
      await this.bot.api.setMyCommands(BOT_COMMANDS, {}, pollSignal);
      this.holding = true;
    }
    const updates = await this.bot.api.getUpdates({ offset: this.offset, timeout: this.pollTimeoutSeconds, allowed_updates: ['message'] }, pollSignal);
    this.confirmedOffset = this.offset;
    for (const [index, update] of updates.entries()) {
      // Stopping: the rest of the batch stays unconfirmed, for whoever polls next.
      if (signal.aborted) break;
      // A long batch could outlast the lease: renewed as it goes, and left to the next holder once lost.
      if (index > 0 && !(await this.lease.tryHold())) {
        this.letGo();
        return false;
      }
      await this.handle(update);
      // Cut off mid-command: unconfirmed too (a reply may be missing, none is doubled unless it went out before the cut).
      if (this.commandAbort.signal.aborted) break;
      this.offset = update.update_id + 1;
    }
    return true;
  }

  private async handle(update: Update): Promise<void> {
    try {
      await this.bot.handleUpdate(update);
    } catch (error) {
      // The commands catch their own failures; this is grammY failing to run them. The update counts as handled,
      // so one bad update cannot stop the bot.
      this.report(error, 'command');
    }
  }

  /** Another node polls now: forget where this one was (Telegram keeps the confirmed position). */
  private letGo(): void {
    this.holding = false;
    this.offset = undefined;
    this.confirmedOffset = undefined;
  }

  private report(error: unknown, during: TelegramBotErrorContext['during']): void {
    // Failures caused by stopping are no news.
    if (during === 'poll' ? this.pollAbort.signal.aborted : during === 'command' && this.commandAbort.signal.aborted) return;
    this.options.onError?.(error, { during });
  }
}
