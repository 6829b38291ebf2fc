import { ALL_AVAILABLE } from '../../backtest/broker/entry-order-spec.js';
import type { Order } from '../../backtest/broker/order.js';
import type { ResolvedBacktestOptions } from '../../backtest/options/backtest-options.js';
import { resolveBacktestOptions } from '../../backtest/options/resolve-backtest-options.js';
import type { StrategyContext } from '../../backtest/strategy/strategy.js';
import type { Bar } from '../../series/bar.js';
import type { Timeframe } from '../../series/timeframe.js';
import { isoTime } from '../../signal/iso-time.js';
import type { Signal } from '../../signal/signal.js';
import { BarTape } from '../book/bar-tape.js';
import { SymbolBook } from '../book/symbol-book.js';
import { DailyLossGuard } from '../follow/daily-loss-guard.js';
import { entryRefusal } from '../follow/entry-refusal.js';
import { resolveAutoFollow, type ResolvedAutoFollow } from '../follow/follow-options.js';
import { GuardedContext } from '../follow/guarded-context.js';
import { OrderRefused } from '../follow/order-refused.js';
import { SymbolFollower } from '../follow/symbol-follower.js';
import { roundCents } from '../money/round-cents.js';
import { ordersOf, positionOf, tradesOf } from './book-views.js';
import type { PaperOrderRequest } from './paper-order-request.js';
import type { PaperPortfolioOptions } from './paper-options.js';
import type { PaperPortfolioState } from './paper-state.js';
import type { EquityPoint, PaperAccount, PaperFill, PaperOrderView, PaperPosition, PaperRefusal, PaperTrade } from './paper-views.js';

function checkBar(symbol: string, bar: Bar, lastTime: number): void {
  for (const field of ['time', 'open', 'high', 'low', 'close', 'volume'] as const) {
    if (typeof bar[field] !== 'number' || !Number.isFinite(bar[field])) throw new RangeError(`bar ${field} of ${symbol} must be a finite number, got ${String(bar[field])}`);
  }
  if (!(bar.time > lastTime)) throw new RangeError(`bar of ${symbol} at ${isoTime(bar.time)} is not after its last bar ${isoTime(lastTime)}`);
}

/**
 * A paper-trading account: one cash balance, positions per symbol, and the backtester's executor
 * (its `Broker`, fill rules and all) driven by a live clock: `onBar(symbol, bar)` is one step of
 * `runBacktest`'s loop for that symbol. Orders placed after a bar (`submit`, `follow`, a strategy via
 * `contextOf`) fill from the symbol's next bar (its open by default), SL/TP inside each bar, so the
 * trades are those the backtest of the same bars makes. Pure: no I/O, no clock of its own.
 *
 * Money: the ledger keeps the broker's float arithmetic, because the same trades as the backtest,
 * to the last bit, is the point (issue 3 §4); the account figures it reports are rounded to cents
 * (see `roundCents`) and the state it saves keeps the exact floats, so a restored portfolio
 * continues bit for bit.
 */
export class PaperPortfolio {
  private readonly execution: ResolvedBacktestOptions;
  private readonly autoFollow: ResolvedAutoFollow | null;
  private readonly books = new Map<string, SymbolBook>();
  private readonly followers = new Map<string, SymbolFollower>();
  private cashValue: number;
  private nextOrderId = 1;
  private dailyLoss: DailyLossGuard;
  private readonly fillLog: PaperFill[] = [];
  private readonly refusalLog: PaperRefusal[] = [];
  private readonly history: EquityPoint[] = [];

  constructor(private readonly options: PaperPortfolioOptions = {}) {
    const { autoFollow, ...execution } = options;
    this.execution = resolveBacktestOptions(execution);
    this.autoFollow = autoFollow === undefined ? null : resolveAutoFollow(autoFollow);
    this.cashValue = this.execution.cash;
    this.dailyLoss = new DailyLossGuard(this.autoFollow?.dailyLossLimit ?? Infinity);
  }

  /** Symbols with at least one bar, in the order they first traded. */
  get symbols(): string[] {
    return [...this.books.keys()];
  }

  get account(): PaperAccount {
    let realized = 0;
    for (const book of this.books.values()) for (const trade of tradesOf(book)) realized += trade.pnl;
    const unrealized = this.unrealized();
    return {
      cash: roundCents(this.cashValue),
      equity: roundCents(this.cashValue + unrealized),
      realizedPnl: roundCents(realized),
      unrealizedPnl: roundCents(unrealized),
    };
  }

  get positions(): PaperPosition[] {
    return [...this.books.values()].map(positionOf).filter((p): p is PaperPosition => p !== null);
  }

  /** Pending orders, per symbol in the order the broker will process them. */
  get orders(): PaperOrderView[] {
    return [...this.books.values()].flatMap((book) => ordersOf(book, (order) => this.idOf(book, order)));
  }

  /** Closed trades, per symbol in closing order. */
  get trades(): PaperTrade[] {
    return [...this.books.values()].flatMap(tradesOf);
  }

  get fills(): readonly PaperFill[] {
    return this.fillLog;
  }

  get refusals(): readonly PaperRefusal[] {
    return this.refusalLog;
  }

  get equityHistory(): readonly EquityPoint[] {
    return this.history;
  }

  /** True while the daily loss limit blocks new auto-follow entries. */
  get entriesBlocked(): boolean {
    return this.dailyLoss.isBlocked;
  }

  /**
   * Advances `symbol` by one closed bar: pending orders fill on it by the backtester's rules, then the
   * equity is recorded. `timeframe` is taken from the symbol's first bar (strategies may read it).
   */
  onBar(symbol: string, bar: Bar, timeframe?: Timeframe): void {
    let book = this.books.get(symbol);
    checkBar(symbol, bar, book?.lastTime ?? -Infinity);
    if (book === undefined) {
      book = new SymbolBook(symbol, timeframe, this.execution);
      this.books.set(symbol, book);
    }
    this.dailyLoss.beforeBar(bar.time, this.rawEquity());
    // One account: the symbol's broker sees the cash plus the other symbols' open profit, less the
    // margin they tie up when it has entries to size (0 for a single symbol, keeping it bit-exact).
    let adjustment = 0;
    const sizing = book.hasPendingEntries;
    for (const other of this.books.values()) {
      if (other === book) continue;
      adjustment += other.unrealized;
      if (sizing) adjustment -= other.marginUsed;
    }
    const step = book.step(bar, this.cashValue + adjustment);
    this.cashValue = adjustment === 0 ? step.cash : step.cash - adjustment;
    this.fillLog.push(...step.fills);
    const equity = this.rawEquity();
    this.history.push({ time: isoTime(bar.time), equity: roundCents(equity) });
    this.dailyLoss.afterBar(equity);
  }

  /** Places a manual order for the symbol's next bar; returns its id. Throws a RangeError for an invalid order. */
  submit(request: PaperOrderRequest): number {
    const book = this.bookOf(request.symbol);
    const { symbol: _symbol, side, ...order } = request;
    if (side !== 'buy' && side !== 'sell') throw new RangeError(`side must be buy or sell, got ${String(side)}`);
    const placed = side === 'buy' ? book.context.buy(order) : book.context.sell(order);
    const queued = book.broker.orders.find((pending) => pending === placed);
    if (queued === undefined) throw new Error('the broker did not queue the order');
    return this.idOf(book, queued);
  }

  /** Cancels a pending order (an SL/TP order removes that stop from its trade); false when no such order is pending. */
  cancel(id: number): boolean {
    for (const book of this.books.values()) {
      for (const [order, orderId] of book.ids) {
        if (orderId === id && order.live) {
          order.cancel();
          return true;
        }
      }
    }
    return false;
  }

  /** Queues market orders closing `portion` (default all) of the symbol's open trades at its next bar. */
  closePosition(symbol: string, portion = 1): void {
    this.bookOf(symbol).context.close(portion);
  }

  /**
   * The backtester's strategy context for `symbol` (its orders fill from the symbol's next bar). It
   * changes when the symbol's book grows: ask for it on every bar rather than keeping it.
   */
  contextOf(symbol: string): StrategyContext {
    return this.bookOf(symbol).context;
  }

  /**
   * Follows a signal for the bar the symbol is at, like the `consensus` strategy (the backtester's
   * `SignalFollower`: BUY long, SELL short or flat, reverse on an opposite signal, close after
   * `holdBars` without a fresh one), with the signal's size, stop and target, within the limits.
   * Returns the refusal recorded when an entry is refused, else null. Exits are never refused. As
   * the backtester, which trades from a series' second bar, nothing is entered on a symbol's first bar.
   */
  follow(signal: Signal): PaperRefusal | null {
    const follow = this.autoFollow;
    if (follow === null) throw new Error('auto-follow is off: create the portfolio with autoFollow options');
    const book = this.books.get(signal.symbol);
    const time = Date.parse(signal.time);
    const refuse = (reason: string): PaperRefusal | null => {
      if (signal.action === 'HOLD') return null;
      const refusal: PaperRefusal = { symbol: signal.symbol, time: signal.time, action: signal.action, reason };
      this.refusalLog.push(refusal);
      return refusal;
    };
    if (book === undefined || book.lastTime !== time) {
      return refuse(`signal for ${signal.time} but the last bar of ${signal.symbol} is ${book === undefined ? 'none' : isoTime(book.lastTime)}`);
    }
    if (book.count < 2) return refuse(`first bar of ${signal.symbol}: trading starts on its second bar`);
    let follower = this.followers.get(book.symbol);
    if (follower === undefined) {
      follower = new SymbolFollower(follow.short, follow.holdBars);
      this.followers.set(book.symbol, follower);
    }
    const weak = signal.action !== 'HOLD' && signal.confidence < follow.minConfidence;
    const decision = { action: weak ? 'HOLD' : signal.action, size: signal.positionSize, stopLoss: signal.stopLoss, takeProfit: signal.takeProfit } as const;
    const guarded = new GuardedContext(book.context, (request) =>
      entryRefusal({
        fraction: request.size ?? ALL_AVAILABLE,
        leverage: 1 / this.execution.margin,
        equity: this.rawEquity(),
        otherExposure: [...this.books.values()].reduce((sum, other) => (other === book ? sum : sum + other.exposure), 0),
        maxPosition: follow.maxPosition,
        maxExposure: follow.maxExposure,
        dayBlocked: this.dailyLoss.isBlocked,
      }),
    );
    try {
      follower.follow(guarded, decision);
    } catch (error) {
      if (error instanceof OrderRefused) return refuse(error.reason);
      throw error;
    }
    return null;
  }

  /** The state as plain JSON; {@link fromJSON} continues from it exactly. */
  toJSON(): PaperPortfolioState {
    return {
      version: 1,
      options: this.options,
      cash: this.cashValue,
      nextOrderId: this.nextOrderId,
      books: [...this.books.values()].map((book) => {
        const holdUntil = this.followers.get(book.symbol)?.holdUntil ?? Infinity;
        return {
          symbol: book.symbol,
          timeframe: book.timeframe ?? null,
          bars: book.tape.toJSON(),
          broker: book.snapshot(),
          holdUntil: Number.isFinite(holdUntil) ? holdUntil : null,
        };
      }),
      fills: [...this.fillLog],
      refusals: [...this.refusalLog],
      equityHistory: [...this.history],
      dailyLoss: this.dailyLoss.toJSON(),
    };
  }

  static fromJSON(state: PaperPortfolioState): PaperPortfolio {
    if (state.version !== 1) throw new RangeError(`unknown paper portfolio state version ${String(state.version)}`);
    const portfolio = new PaperPortfolio(state.options);
    portfolio.cashValue = state.cash;
    portfolio.nextOrderId = state.nextOrderId;
    for (const saved of state.books) {
      const book = new SymbolBook(saved.symbol, saved.timeframe ?? undefined, portfolio.execution, BarTape.fromJSON(saved.bars), saved.broker);
      portfolio.books.set(saved.symbol, book);
      if (portfolio.autoFollow !== null && saved.holdUntil !== null) {
        portfolio.followers.set(saved.symbol, new SymbolFollower(portfolio.autoFollow.short, portfolio.autoFollow.holdBars, saved.holdUntil));
      }
    }
    portfolio.fillLog.push(...state.fills);
    portfolio.refusalLog.push(...state.refusals);
    portfolio.history.push(...state.equityHistory);
    portfolio.dailyLoss = DailyLossGuard.fromJSON(portfolio.autoFollow?.dailyLossLimit ?? Infinity, state.dailyLoss);
    return portfolio;
  }

  private bookOf(symbol: string): SymbolBook {
    const book = this.books.get(symbol);
    if (book === undefined) throw new RangeError(`${symbol} has no bar yet: orders need a price`);
    return book;
  }

  private idOf(book: SymbolBook, order: Order): number {
    let id = book.ids.get(order);
    if (id === undefined) {
      id = this.nextOrderId++;
      book.ids.set(order, id);
    }
    return id;
  }

  private unrealized(): number {
    let total = 0;
    for (const book of this.books.values()) total += book.unrealized;
    return total;
  }

  private rawEquity(): number {
    return this.cashValue + this.unrealized();
  }
}
