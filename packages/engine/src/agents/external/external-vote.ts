import type { SignalAction } from '../agent.js';

/**
 * A vote cast outside the engine, such as a TradingView alert sent to the server's webhook. The data layer supplies
 * those of one symbol and timeframe (`MarketInputs.externalVotes`).
 */
export interface ExternalVote {
  /**
   * When the vote became known (its arrival), epoch ms. Look-ahead is judged by this time, never by the bar time the
   * sender claims: a replay sees a vote only where the live engine could have.
   */
  readonly time: number;
  /** Epoch ms from which the vote no longer counts. */
  readonly expiresAt: number;
  readonly action: SignalAction;
  /** 0..1. */
  readonly confidence: number;
  /** The price the sender quoted, when it sent one. */
  readonly price?: number;
  /** The sender's strategy or alert name, when it sent one. */
  readonly strategy?: string;
}
