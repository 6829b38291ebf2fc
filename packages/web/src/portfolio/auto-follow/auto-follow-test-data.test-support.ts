import type { AutoFollowDecision } from './auto-follow-decision.js';
import type { AutoFollowSettings } from './auto-follow-settings.js';

export const TEST_PORTFOLIO_ID = '3b241101-e2bb-4255-8caf-4136c566a962';

/** The settings `GET /portfolios/:id/auto-follow` gives before the first save (the contract's defaults). */
export const DEFAULT_AUTO_FOLLOW: AutoFollowSettings = {
  portfolioId: TEST_PORTFOLIO_ID,
  enabled: false,
  symbols: [],
  minConfidence: 0.6,
  riskLevels: ['low', 'medium'],
  maxPositionPercent: 10,
  maxOpenPositions: 5,
  maxDailyLossPercent: 3,
  useStopLoss: true,
  updatedAt: null,
};

/** An ordered BUY, a skip and a failure, newest first. */
export const TEST_DECISIONS: readonly AutoFollowDecision[] = [
  {
    id: 'd3', portfolioId: TEST_PORTFOLIO_ID, signalId: 's3', symbol: 'AAPL', action: 'BUY', outcome: 'ordered', reason: 'bought 12 at 187.20', orderId: 'o1', createdAt: '2026-05-04T15:00:00.000Z',
  },
  {
    id: 'd2', portfolioId: TEST_PORTFOLIO_ID, signalId: 's2', symbol: 'MSFT', action: 'BUY', outcome: 'skipped', reason: 'confidence 0.52 below 0.60', orderId: null, createdAt: '2026-05-04T14:00:00.000Z',
  },
  {
    id: 'd1', portfolioId: TEST_PORTFOLIO_ID, signalId: 's1', symbol: 'TSLA', action: 'SELL', outcome: 'failed', reason: 'no quote for TSLA: every provider failed', orderId: null, createdAt: '2026-05-04T13:00:00.000Z',
  },
];
