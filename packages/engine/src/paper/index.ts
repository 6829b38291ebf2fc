/** Paper trading: the backtester's executor driven by a live clock (issue 3 §4). */
export { PaperPortfolio } from './portfolio/paper-portfolio.js';
export type { PaperPortfolioOptions } from './portfolio/paper-options.js';
export type { PaperOrderRequest } from './portfolio/paper-order-request.js';
export type { PaperPortfolioState, PaperBookState } from './portfolio/paper-state.js';
export type {
  EquityPoint,
  PaperAccount,
  PaperFill,
  PaperLot,
  PaperOrderView,
  PaperPosition,
  PaperRefusal,
  PaperTrade,
} from './portfolio/paper-views.js';
export type { AutoFollowOptions, RiskLimits } from './follow/follow-options.js';
export type { BrokerSnapshot, OrderSnapshot, TradeSnapshot, TradeRef, MaybeNumber } from './book/broker-snapshot.js';
export type { DailyLossState } from './follow/daily-loss-guard.js';
export { PaperStrategyRunner, type PaperStrategyRunnerOptions } from './strategy/paper-strategy-runner.js';
export { roundCents } from './money/round-cents.js';
