import type { PortfolioValuation, PositionValuation } from '../../../paper/portfolio-valuation.js';
import { signedPercent } from './figures.js';

function positionText(position: PositionValuation): string {
  const held = `${position.symbol} ${position.quantity} @ ${position.averagePrice} avg`;
  if (position.lastPrice === null) return `${held} (no price: ${position.priceError ?? 'unknown'})`;
  return `${held} → ${position.lastPrice} (${signedPercent(position.unrealizedPnlPercent)})`;
}

/** The caller's portfolios: equity, return, cash, P&L and positions. */
export function portfolioText(portfolios: readonly PortfolioValuation[]): string {
  if (portfolios.length === 0) return 'You have no paper portfolios yet. Open one on the Portfolio page (or with POST /api/v1/portfolios).';
  const lines = portfolios.map((portfolio) => {
    const equity = portfolio.equity === null ? 'equity unknown (a position has no price)' : `equity ${portfolio.equity} ${portfolio.currency} (${signedPercent(portfolio.returnPercent)} since opening with ${portfolio.initialCash})`;
    const positions = portfolio.positions.length === 0 ? 'no open positions' : `positions: ${portfolio.positions.map(positionText).join('; ')}`;
    return `- ${portfolio.name}: ${equity}; cash ${portfolio.cash}; realised P&L ${portfolio.realizedPnl}, unrealised ${portfolio.unrealizedPnl ?? 'unknown'}; ${positions}.`;
  });
  if (portfolios.some((portfolio) => portfolio.simulated)) lines.push('Some prices come from the built-in market simulator, not a real market.');
  if (portfolios.some((portfolio) => portfolio.stale)) lines.push('Some prices are older cached ones: the market data providers are failing.');
  return [`Your paper portfolios:`, ...lines].join('\n');
}
