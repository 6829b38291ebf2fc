import type { BusEvent, MessageBus } from '../../bus/message-bus.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { AutoFollowRepository, type AutoFollowDecision, type FollowingPortfolio } from '../../storage/repositories/auto-follow-repository.js';
import { WatchlistRepository } from '../../storage/repositories/watchlist-repository.js';
import type { OrderSide } from '../../storage/schema/orders.js';
import { Decimal } from '../decimal.js';
import type { PaperBroker } from '../paper-broker.js';
import type { QuoteSource } from '../price-quote.js';
import { concernsPortfolio, decideAutoFollow, decideSell, screenSignal, type AutoFollowAction } from './auto-follow-policy.js';
import { DayStartEquity } from './day-start-equity.js';
import { errorReason } from './error-reason.js';
import { quoteOfEvent, signalOfEvent, type FollowedQuote, type FollowedSignal } from './followed-events.js';
import { formatAmount } from './format-figures.js';
import { KeyedConcurrencyLimit } from '../../support/keyed-concurrency-limit.js';
import { KeyedQueue } from './keyed-queue.js';
import { PortfolioStateReader } from './portfolio-state-reader.js';
import { stopHit } from './stop-trigger.js';

/** Where a failure reported to `onError` happened. */
export interface AutoFollowErrorContext {
  readonly during: 'signal' | 'quote' | 'day-start';
  readonly portfolioId?: string;
  readonly symbol?: string;
  readonly signalId?: string;
}

/** Dependencies and settings of the {@link AutoFollower}. */
export interface AutoFollowerOptions {
  readonly database: Database;
  /** The broker manual orders go through: same checks, and its change listener reports these orders too. */
  readonly broker: PaperBroker;
  /** Prices for valuing portfolios and sizing positions (the broker's own source). */
  readonly quote: QuoteSource;
  /** Where new signals and quotes arrive (a {@link MessageBus}, or any object with its `subscribe`). */
  readonly bus: Pick<MessageBus, 'subscribe'>;
  /** Told about failures that are not decisions (database errors, malformed events, bugs); must not throw. Default: stderr. */
  readonly onError?: (error: unknown, context: AutoFollowErrorContext) => void;
  readonly now?: () => number;
  /** How often the day-start equity snapshots are checked, ms (default 60 s). */
  readonly dayStartCheckMs?: number;
}

function reportToStderr(error: unknown, context: AutoFollowErrorContext): void {
  console.error(`auto-follow: ${context.during} handling failed`, context, error);
}

/** Follower and position lookups at once (the pool has 10 connections by default). */
const LOOKUPS_AT_ONCE = 2;

/**
 * Acts on every new signal for the paper portfolios whose owners turned auto-follow on: each decision
 * (order or skip, with its reason) is recorded before any order is placed, under a key unique per
 * portfolio, signal and trigger, so when several processes receive the same signal exactly one acts.
 * Orders go through the {@link PaperBroker}, the path of manual orders. Quotes of followed positions are
 * checked against the stop-loss and take-profit of the signal that opened them. Decisions of one
 * portfolio run one at a time in this process; nothing thrown escapes to the bus.
 */
export class AutoFollower {
  private readonly repository: AutoFollowRepository;
  private readonly watchlists: WatchlistRepository;
  private readonly dayStart: DayStartEquity;
  private readonly reader: PortfolioStateReader;
  private readonly queue = new KeyedQueue();
  /**
   * Lookups run a few at a time: a burst of signals (a scan, a busy bus) must not take every pooled database
   * connection at once, starving the requests and the signal pipeline.
   */
  private readonly lookups = new KeyedConcurrencyLimit(LOOKUPS_AT_ONCE, LOOKUPS_AT_ONCE);
  private readonly running = new Set<Promise<void>>();
  private readonly onError: (error: unknown, context: AutoFollowErrorContext) => void;
  private unsubscribe: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: AutoFollowerOptions) {
    this.repository = new AutoFollowRepository(options.database.db);
    this.watchlists = new WatchlistRepository(options.database.db);
    this.dayStart = new DayStartEquity({ database: options.database, quote: options.quote, now: options.now });
    this.reader = new PortfolioStateReader({ database: options.database, quote: options.quote, costs: options.broker.costs, dayStart: this.dayStart });
    this.onError = options.onError ?? reportToStderr;
  }

  /** Subscribes to the bus and starts the day-start snapshots (the first at once). Calling it twice is harmless. */
  start(): void {
    if (this.unsubscribe !== undefined) return;
    this.unsubscribe = this.options.bus.subscribe((event) => {
      this.track(this.handle(event));
    });
    const snapshot = (): void => this.track(this.snapshotDayStart());
    snapshot();
    this.timer = setInterval(snapshot, this.options.dayStartCheckMs ?? 60_000);
    this.timer.unref();
  }

  /** Unsubscribes and waits for the decisions in progress. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  /** Resolves once every event received so far has been handled. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Handles one bus event (signals and quotes; others are ignored); never rejects. */
  async handle(event: BusEvent): Promise<void> {
    try {
      if (event.type === 'signal') await this.onSignal(event.data);
      else if (event.type === 'quote') await this.onQuote(event.data);
    } catch (error) {
      this.report(error, { during: event.type === 'signal' ? 'signal' : 'quote' });
    }
  }

  private track(work: Promise<void>): void {
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  private report(error: unknown, context: AutoFollowErrorContext): void {
    try {
      this.onError(error, context);
    } catch {
      // A failing error listener must not turn into an unhandled rejection.
    }
  }

  private async snapshotDayStart(): Promise<void> {
    try {
      await this.dayStart.snapshotDue();
    } catch (error) {
      this.report(error, { during: 'day-start' });
    }
  }

  private async onSignal(data: unknown): Promise<void> {
    const signal = signalOfEvent(data);
    if (signal === null) throw new TypeError('a signal event lacks fields auto-follow needs (id, symbol, action, confidence, riskLevel, positionSize, stopLoss, takeProfit)');
    // A signal the scorecard already closed is a re-publication, not a new signal to act on.
    if (!signal.open) return;
    const followers = await this.lookups.run('followers', () => this.repository.followersOf(signal.symbol));
    await Promise.all(
      followers.map((follower) =>
        this.queue
          .run(follower.settings.portfolioId, () => this.follow(follower, signal))
          .catch((error: unknown) => this.report(error, { during: 'signal', portfolioId: follower.settings.portfolioId, symbol: signal.symbol, signalId: signal.id })),
      ),
    );
  }

  private async follow({ settings, userId }: FollowingPortfolio, signal: FollowedSignal): Promise<void> {
    const decision = { portfolioId: settings.portfolioId, signalId: signal.id, trigger: 'signal', symbol: signal.symbol, action: signal.action } as const;
    const watchlistSymbols = settings.symbols.length > 0 ? [] : (await this.watchlists.listForUser(userId)).flatMap((list) => list.symbols);
    if (!concernsPortfolio(settings, signal, watchlistSymbols)) return;
    const screened = screenSignal(settings, signal, watchlistSymbols);
    if (screened !== null) {
      await this.repository.recordDecision({ ...decision, outcome: 'skipped', reason: screened.reason });
      return;
    }
    let action: AutoFollowAction;
    if (signal.action === 'SELL') action = decideSell(signal, await this.reader.holdings(settings.portfolioId));
    else {
      const read = await this.reader.read(settings.portfolioId, signal.symbol);
      if (!read.ok) {
        await this.repository.recordDecision({ ...decision, outcome: 'failed', reason: read.reason });
        return;
      }
      action = decideAutoFollow(settings, signal, { ...read.state, watchlistSymbols });
    }
    if (action.kind === 'skip') {
      await this.repository.recordDecision({ ...decision, outcome: 'skipped', reason: action.reason });
      return;
    }
    // Recorded before the order: a process that finds the decision taken leaves the signal to its owner.
    const recorded = await this.repository.recordDecision({ ...decision, outcome: 'ordered', reason: action.reason });
    if (recorded === null) return;
    await this.execute(recorded, action.kind, action.quantity, { suffix: action.kind === 'buy' ? ` for ${action.sizing}` : '' });
  }

  private async onQuote(data: unknown): Promise<void> {
    const quote = quoteOfEvent(data);
    // A stale price is the providers' last known one, not a price the market is at now.
    if (quote === null || quote.stale) return;
    const candidates = (await this.lookups.run('positions', () => this.repository.followedPositions(quote.symbol))).filter((position) => stopHit(position, quote.price) !== null);
    await Promise.all(
      candidates.map((candidate) =>
        this.queue
          .run(candidate.portfolioId, () => this.closeAtStop(candidate.portfolioId, quote))
          .catch((error: unknown) => this.report(error, { during: 'quote', portfolioId: candidate.portfolioId, symbol: quote.symbol, signalId: candidate.signalId })),
      ),
    );
  }

  private async closeAtStop(portfolioId: string, quote: FollowedQuote): Promise<void> {
    // Read again in the portfolio's turn: a decision queued before this one may have sold the position.
    const position = (await this.repository.followedPositions(quote.symbol)).find((candidate) => candidate.portfolioId === portfolioId);
    const hit = position === undefined ? null : stopHit(position, quote.price);
    if (position === undefined || hit === null) return;
    const decision = { portfolioId, signalId: position.signalId, trigger: hit.trigger, symbol: quote.symbol, action: 'SELL', outcome: 'ordered', reason: hit.reason } as const;
    const recorded = await this.repository.recordOrRetryDecision(decision);
    if (recorded === null) return;
    await this.execute(recorded, 'sell', Decimal.parse(position.quantity), { prefix: `${hit.reason}: ` });
  }

  /** Places the decided market order and records its result: the order (`prefix`, what was done, `suffix`), or why it failed. */
  private async execute(decision: AutoFollowDecision, side: OrderSide, quantity: Decimal, words: { readonly prefix?: string; readonly suffix?: string }): Promise<void> {
    const prefix = words.prefix ?? '';
    try {
      const placed = await this.options.broker.place(decision.portfolioId, { symbol: decision.symbol, side, type: 'market', quantity, limitPrice: null });
      const done =
        placed.fill === null
          ? `${side} order for ${quantity.toString()} ${decision.symbol} placed (${placed.order.status})`
          : `${side === 'buy' ? 'bought' : 'sold'} ${placed.fill.quantity} ${decision.symbol} at ${formatAmount(Decimal.parse(placed.fill.price))}`;
      await this.repository.finishDecision(decision.id, { outcome: 'ordered', reason: `${prefix}${done}${words.suffix ?? ''}`, orderId: placed.order.id });
    } catch (error) {
      await this.repository.finishDecision(decision.id, { outcome: 'failed', reason: `${prefix}the order was refused: ${errorReason(error)}`, orderId: null });
      // The broker's refusals (cash, holdings, no quote) are outcomes, recorded above; anything else is worth a log line.
      if (!(error instanceof AppError)) throw error;
    }
  }
}
