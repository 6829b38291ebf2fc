import type { SignalAction } from '@goldensignals/engine';

/** What auto-follow did with one signal for one portfolio (`GET /portfolios/:id/auto-follow/decisions`). */
export interface AutoFollowDecision {
  readonly id: string;
  readonly portfolioId: string;
  readonly signalId: string;
  readonly symbol: string;
  readonly action: SignalAction;
  readonly outcome: 'ordered' | 'skipped' | 'failed';
  /** One human sentence with the numbers: "confidence 0.52 below 0.60", "bought 12 at 187.20". */
  readonly reason: string;
  readonly orderId: string | null;
  readonly createdAt: string;
}
