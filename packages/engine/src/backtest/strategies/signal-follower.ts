import type { SignalAction } from '../../agents/agent.js';
import { ALL_AVAILABLE } from '../broker/entry-order-spec.js';
import type { OrderRequest } from '../broker/order-request.js';
import type { StrategyContext } from '../strategy/strategy.js';

/** What a signal-driven strategy decided on one bar. */
export interface FollowDecision {
  readonly action: SignalAction;
  /** Share of the available margin a new position takes; 1 or more is all of it, 0 or less opens nothing. */
  readonly size: number;
  /** Stop-loss and take-profit for a new position (`null`: none). */
  readonly stopLoss: number | null;
  readonly takeProfit: number | null;
}

/** How {@link SignalFollower} turns decisions into positions. */
export interface SignalFollowerOptions {
  /** SELL opens a short position; false: SELL only closes a long one. */
  readonly short: boolean;
  /**
   * Bars a position is kept after the last signal in its direction (a signal's expiry); 0 keeps it
   * until an opposite signal, its stop or its target.
   */
  readonly holdBars: number;
}

/**
 * Turns per-bar BUY/SELL/HOLD decisions into orders, the way a trader following the signals would:
 * BUY opens a long position (closing a short first), SELL a short one (or only closes the long),
 * a signal in the direction already held extends the holding time, and a position whose holding
 * time ran out is closed on the next HOLD. Orders fill as every order does (next open by default).
 */
export class SignalFollower {
  /** Bar index from which the open position may be closed for want of a fresh signal. */
  private holdUntil = Infinity;

  constructor(private readonly options: SignalFollowerOptions) {}

  follow(ctx: StrategyContext, decision: FollowDecision): void {
    const i = ctx.index;
    const held = Math.sign(ctx.position.size);
    const wanted = decision.action === 'BUY' ? 1 : decision.action === 'SELL' ? -1 : 0;
    if (wanted !== 0 && wanted === held) {
      this.hold(i);
      return;
    }
    if (held !== 0 && (wanted !== 0 || i >= this.holdUntil)) ctx.position.close();
    if (wanted === 0 || (wanted < 0 && !this.options.short) || !(decision.size > 0)) return;
    const request = entryRequest(decision, wanted, ctx.bars.close());
    if (wanted > 0) ctx.buy(request);
    else ctx.sell(request);
    this.hold(i);
  }

  private hold(i: number): void {
    this.holdUntil = this.options.holdBars === 0 ? Infinity : i + this.options.holdBars;
  }
}

/**
 * The order for a new position. Stops on the wrong side of the deciding close (a take-profit of 0
 * on a short, say) are left out rather than rejected: the broker would refuse the whole order.
 */
function entryRequest(decision: FollowDecision, direction: 1 | -1, close: number): OrderRequest {
  const { stopLoss, takeProfit } = decision;
  const sl = stopLoss !== null && stopLoss > 0 && direction * (close - stopLoss) > 0 ? stopLoss : undefined;
  const tp = takeProfit !== null && takeProfit > 0 && direction * (takeProfit - close) > 0 ? takeProfit : undefined;
  return {
    size: decision.size >= 1 ? ALL_AVAILABLE : decision.size,
    ...(sl === undefined ? {} : { sl }),
    ...(tp === undefined ? {} : { tp }),
  };
}
