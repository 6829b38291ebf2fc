import { SignalFollower, type FollowDecision } from '../../backtest/strategies/signal-follower.js';
import type { StrategyContext } from '../../backtest/strategy/strategy.js';
import type { GuardedContext } from './guarded-context.js';

/**
 * The backtester's {@link SignalFollower} for one symbol, plus its one piece of state (the bar from
 * which a position without a fresh signal is closed) kept outside it so it can be saved: the
 * follower keeps it private, so it is mirrored here from what the follower did and put back by
 * replaying a same-direction signal, which sets nothing but that bar.
 */
export class SymbolFollower {
  private readonly follower: SignalFollower;
  private until = Infinity;

  constructor(
    short: boolean,
    private readonly holdBars: number,
    holdUntil = Infinity,
  ) {
    this.follower = new SignalFollower({ short, holdBars });
    if (Number.isFinite(holdUntil)) {
      // A context holding a long position at bar holdUntil − holdBars: BUY there only re-arms the hold.
      const primer = { index: holdUntil - holdBars, position: { size: 1 } };
      this.follower.follow(primer as unknown as StrategyContext, { action: 'BUY', size: 0, stopLoss: null, takeProfit: null });
      this.until = holdUntil;
    }
  }

  /** The bar from which the position may be closed for want of a signal (Infinity: never). */
  get holdUntil(): number {
    return this.until;
  }

  /** Follows `decision` through `ctx`; OrderRefused from the context propagates (the hold is then not renewed). */
  follow(ctx: GuardedContext, decision: FollowDecision): void {
    const held = Math.sign(ctx.position.size);
    const wanted = decision.action === 'BUY' ? 1 : decision.action === 'SELL' ? -1 : 0;
    this.follower.follow(ctx, decision);
    if ((wanted !== 0 && wanted === held) || ctx.placed) this.until = this.holdBars === 0 ? Infinity : ctx.index + this.holdBars;
  }
}
