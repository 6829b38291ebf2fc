import { describe, expect, it } from 'vitest';
import type { SignalAction } from '../../agents/agent.js';
import { runBacktest } from '../run/run-backtest.js';
import type { Strategy } from '../strategy/strategy.js';
import { barsOf, flat } from '../test/backtest-bars.test-support.js';
import { SignalFollower, type FollowDecision, type SignalFollowerOptions } from './signal-follower.js';

const decide = (action: SignalAction, size = 0.5, stopLoss: number | null = null, takeProfit: number | null = null): FollowDecision => ({
  action,
  size,
  stopLoss,
  takeProfit,
});

/** Follows `decisions[i]` at bar i (HOLD where none is given). */
function following(decisions: Readonly<Record<number, FollowDecision>>, options: SignalFollowerOptions): Strategy {
  const follower = new SignalFollower(options);
  return { next: (_bar, ctx) => follower.follow(ctx, decisions[ctx.index] ?? decide('HOLD')) };
}

// Flat bars at 100: every fill is at 100 and half the margin buys floor(5000 / 100) = 50 units.
const flatBars = barsOf(Array.from({ length: 12 }, () => flat(100)));
const rows = (strategy: Strategy) =>
  runBacktest(flatBars, strategy, { finalizeTrades: true }).trades.map((t) => [t.size, t.entryBar, t.exitBar]);

describe('SignalFollower', () => {
  it('opens on BUY with the decision size and closes holdBars after the last signal in its direction', () => {
    // BUY on bar 1 (fills bar 2); BUY again on bar 3 extends to bar 3 + 3 = 6: closed on bar 6, filled on 7.
    expect(rows(following({ 1: decide('BUY'), 3: decide('BUY') }, { short: true, holdBars: 3 }))).toEqual([[50, 2, 7]]);
  });

  it('keeps the position until an opposite signal when holdBars is 0, then reverses', () => {
    expect(rows(following({ 1: decide('BUY'), 6: decide('SELL', 0.25) }, { short: true, holdBars: 0 }))).toEqual([
      [50, 2, 7],
      // The close fills first, so the quarter is of the whole equity again: 25 units.
      [-25, 7, 11],
    ]);
  });

  it('only closes the long on SELL when shorting is off, and ignores a SELL while flat', () => {
    expect(rows(following({ 1: decide('SELL'), 2: decide('BUY'), 5: decide('SELL') }, { short: false, holdBars: 0 }))).toEqual([[50, 3, 6]]);
  });

  it('takes all the margin for a size of 1 or more, and opens nothing for a size of 0', () => {
    expect(rows(following({ 1: decide('BUY', 0), 4: decide('BUY', 3) }, { short: true, holdBars: 2 }))).toEqual([[99, 5, 7]]);
  });

  it('attaches the stop-loss and take-profit, and leaves out levels on the wrong side of the close', () => {
    const series = barsOf([flat(100), flat(100), flat(100), [100, 100, 94, 95], flat(95), flat(95), flat(95)]);
    const run = (decision: FollowDecision) =>
      runBacktest(series, following({ 1: decision }, { short: true, holdBars: 0 }), { finalizeTrades: true }).trades.map((t) => [t.size, t.exitBar, t.exitPrice, t.sl, t.tp]);
    // Long from bar 2 with SL 96 / TP 110: bar 3's low of 94 hits the stop at 96.
    expect(run(decide('BUY', 0.5, 96, 110))).toEqual([[50, 3, 96, 96, 110]]);
    // A "stop" above the close and a target of 0 are dropped: the trade runs to the end.
    expect(run(decide('BUY', 0.5, 101, 0))).toEqual([[50, 6, 95, undefined, undefined]]);
    // Short from bar 2 with SL 104 and TP 96: the same low of 94 reaches the target at 96.
    expect(run(decide('SELL', 0.5, 104, 96))).toEqual([[-50, 3, 96, 104, 96]]);
  });
});
