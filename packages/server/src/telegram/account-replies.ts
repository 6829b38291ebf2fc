import { escapeHtml, truncate } from '../notify/message-text.js';
import { formatAmount, formatPercent } from '../paper/auto-follow/format-figures.js';
import { Decimal } from '../paper/decimal.js';
import type { PortfolioValuation, PositionValuation } from '../paper/portfolio-valuation.js';
import type { Watchlist } from '../storage/repositories/watchlist-repository.js';
import { formatPrice, replyLines } from './reply-text.js';

/** The answer to `/watchlist`: each list with its timeframes and symbols. */
export function watchlistReply(lists: readonly Watchlist[]): string {
  if (lists.length === 0) return 'You have no watchlists yet. Create one in GoldenSignals, then ask again.';
  const lines = ['<b>Your watchlists</b>'];
  for (const list of lists) {
    const symbols = list.symbols.length === 0 ? '<i>no symbols</i>' : escapeHtml(list.symbols.join(', '));
    lines.push('', `<b>${escapeHtml(truncate(list.name, 100))}</b> (${escapeHtml(list.timeframes.join(', '))})`, symbols);
  }
  return replyLines(lines);
}

/** A signed amount (`+92.50`, `-3.10`). */
function signedAmount(text: string): string {
  const value = Decimal.parse(text);
  return `${value.sign > 0 ? '+' : ''}${formatAmount(value)}`;
}

function signedPercent(value: number): string {
  return `${value > 0 ? '+' : ''}${formatPercent(value)}%`;
}

/** `• AAPL 10 @ 180.00 → 189.25 · P&L +92.50 (+5.14%)`, or why it has no price. */
function positionLine(position: PositionValuation): string {
  const head = `• <b>${escapeHtml(position.symbol)}</b> ${escapeHtml(position.quantity)} @ ${formatAmount(Decimal.parse(position.averagePrice))}`;
  if (position.lastPrice === null || position.unrealizedPnl === null) return `${head} · no price now${position.priceError === undefined ? '' : `: ${escapeHtml(truncate(position.priceError, 120))}`}`;
  const percent = position.unrealizedPnlPercent === null ? '' : ` (${signedPercent(position.unrealizedPnlPercent)})`;
  return `${head} → ${formatPrice(Number(position.lastPrice))} · P&amp;L ${signedAmount(position.unrealizedPnl)}${percent}`;
}

/** The answer to `/portfolio`: each paper portfolio's equity, cash, return and open positions. */
export function portfolioReply(valuations: readonly PortfolioValuation[]): string {
  if (valuations.length === 0) return 'You have no paper portfolios yet. Create one in GoldenSignals to trade on paper.';
  const lines = ['<b>Your paper portfolios</b>'];
  for (const portfolio of valuations) {
    const currency = escapeHtml(portfolio.currency);
    const equity = portfolio.equity === null ? 'unknown (a position has no price)' : `${formatAmount(Decimal.parse(portfolio.equity))} ${currency}`;
    const change = portfolio.returnPercent === null ? '' : ` · Return: ${signedPercent(portfolio.returnPercent)}`;
    lines.push('', `<b>${escapeHtml(truncate(portfolio.name, 100))}</b>`, `Equity: ${equity} · Cash: ${formatAmount(Decimal.parse(portfolio.cash))} ${currency}${change}`);
    if (portfolio.positions.length === 0) lines.push('No open positions.');
    else lines.push(`Open positions (${portfolio.positions.length}):`, ...portfolio.positions.map(positionLine));
    if (portfolio.simulated) lines.push('<i>Valued with simulated prices.</i>');
    else if (portfolio.stale) lines.push('<i>Some prices are older cached ones: the providers are failing.</i>');
  }
  return replyLines(lines);
}
