import type { RiskLevel, SignalAction } from '@goldensignals/engine';
import type { AutoFollowSettingsInput } from '../../storage/repositories/auto-follow-repository.js';
import { notionalOf } from '../apply-fill.js';
import { Decimal } from '../decimal.js';
import { formatAmount, formatPair, formatPercent } from './format-figures.js';
import { affordableUnits, unitPlacesOf } from './tradable-units.js';

/** The fields of a signal the policy reads. */
export interface PolicySignal {
  readonly symbol: string;
  readonly action: SignalAction;
  readonly confidence: number;
  readonly riskLevel: RiskLevel;
  /** Suggested fraction of equity (0..1). */
  readonly positionSize: number;
}

/** The portfolio as the policy sees it when a signal arrives; money and quantities are exact decimals. */
export interface PolicyPortfolio {
  /** Cash plus every position at current prices. */
  readonly equity: Decimal;
  /** Cash that may be spent (less what open buy orders reserve). */
  readonly cash: Decimal;
  /** Equity at the start of the current UTC day. */
  readonly dayStartEquity: Decimal;
  /** Units held per symbol; only long positions (quantity above 0) count as open. */
  readonly positions: ReadonlyMap<string, Decimal>;
  /** Every symbol of the owner's watchlists (the followed symbols when the settings list none). */
  readonly watchlistSymbols: readonly string[];
  /** What one unit of the signal's symbol costs to buy now (slippage included). */
  readonly price: Decimal;
}

/** What to do about a signal: buy or sell a quantity at market, or nothing, with the reason in a sentence. */
export type AutoFollowAction =
  | {
      readonly kind: 'buy';
      readonly quantity: Decimal;
      readonly reason: string;
      /** How the size was chosen (`5% of equity 100,000.00, as the signal suggests`), for the reason once it filled. */
      readonly sizing: string;
    }
  | { readonly kind: 'sell'; readonly quantity: Decimal; readonly reason: string }
  | { readonly kind: 'skip'; readonly reason: string };

function skip(reason: string): AutoFollowAction {
  return { kind: 'skip', reason };
}

/**
 * True when the portfolio follows the signal's symbol and the signal asks for a trade. Signals failing this are not
 * the portfolio's business and leave no decision behind: recording them would list a "skipped" row for every HOLD and
 * every symbol of every other user's watchlists.
 */
export function concernsPortfolio(settings: AutoFollowSettingsInput, signal: PolicySignal, watchlistSymbols: readonly string[]): boolean {
  const symbol = signal.symbol.toUpperCase();
  const followed = settings.symbols.length > 0 ? settings.symbols : watchlistSymbols;
  return signal.action !== 'HOLD' && followed.some((candidate) => candidate.toUpperCase() === symbol);
}

/**
 * The rules that need only the settings and the signal (HOLD, followed symbols, confidence, risk level):
 * the skip they give, or `null` when the signal passes them. Checked before the portfolio is valued.
 */
export function screenSignal(settings: AutoFollowSettingsInput, signal: PolicySignal, watchlistSymbols: readonly string[]): AutoFollowAction | null {
  const symbol = signal.symbol.toUpperCase();
  if (signal.action === 'HOLD') return skip('the signal is HOLD: nothing to buy or sell');
  if (settings.symbols.length > 0) {
    if (!settings.symbols.some((followed) => followed.toUpperCase() === symbol)) return skip(`${symbol} is not among the followed symbols (${settings.symbols.join(', ')})`);
  } else if (!watchlistSymbols.some((followed) => followed.toUpperCase() === symbol)) {
    return skip(`${symbol} is in none of the owner's watchlists (no symbols are listed, so the watchlists decide)`);
  }
  if (signal.confidence < settings.minConfidence) {
    const [confidence, minimum] = formatPair(signal.confidence, settings.minConfidence);
    return skip(`confidence ${confidence} below ${minimum}`);
  }
  if (!settings.riskLevels.includes(signal.riskLevel)) return skip(`risk level ${signal.riskLevel} not accepted (accepted: ${settings.riskLevels.join(', ')})`);
  return null;
}

function openPositionCount(positions: ReadonlyMap<string, Decimal>): number {
  return [...positions.values()].filter((quantity) => quantity.sign > 0).length;
}

function dailyLossSkip(settings: AutoFollowSettingsInput, portfolio: PolicyPortfolio): AutoFollowAction | null {
  const start = portfolio.dayStartEquity;
  if (start.sign <= 0) return null;
  const lossPercent = start.minus(portfolio.equity).times(Decimal.of(100)).dividedBy(start, 6).toNumber();
  if (lossPercent < settings.maxDailyLossPercent) return null;
  return skip(
    `equity ${formatAmount(portfolio.equity)} is ${lossPercent.toFixed(2)}% below the day's start ${formatAmount(start)} ` +
      `(daily loss limit ${formatPercent(settings.maxDailyLossPercent)}%): no new positions until the next UTC day`,
  );
}

function buy(settings: AutoFollowSettingsInput, signal: PolicySignal, portfolio: PolicyPortfolio): AutoFollowAction {
  const symbol = signal.symbol.toUpperCase();
  const held = portfolio.positions.get(symbol) ?? Decimal.ZERO;
  if (held.sign > 0) return skip(`already holding ${held.toString()} ${symbol}`);
  const open = openPositionCount(portfolio.positions);
  if (open >= settings.maxOpenPositions) return skip(`${open} position${open === 1 ? '' : 's'} open (limit ${settings.maxOpenPositions})`);
  const lossLimit = dailyLossSkip(settings, portfolio);
  if (lossLimit !== null) return lossLimit;
  if (!(signal.positionSize > 0)) return skip('the signal sizes no position (position size 0% of equity)');
  const suggested = formatPercent(signal.positionSize * 100);
  const capped = signal.positionSize > settings.maxPositionPercent / 100;
  const percent = capped ? formatPercent(settings.maxPositionPercent) : suggested;
  const fraction = capped ? Decimal.of(settings.maxPositionPercent).dividedBy(Decimal.of(100), 10) : Decimal.of(signal.positionSize);
  const sizing = `${percent}% of equity ${formatAmount(portfolio.equity)}, ${capped ? `the limit (the signal suggests ${suggested}%)` : 'as the signal suggests'}`;
  const budget = notionalOf(portfolio.equity, fraction);
  const places = unitPlacesOf(symbol);
  const quantity = affordableUnits(budget, portfolio.price, places);
  const price = formatAmount(portfolio.price);
  if (quantity.isZero()) {
    const unit = places === 0 ? `one ${symbol}` : `${Decimal.parse(`1e-${places}`).toString()} ${symbol}`;
    return skip(`${percent}% of equity (${formatAmount(budget)}) does not buy ${unit} at ${price}`);
  }
  const cost = notionalOf(quantity, portfolio.price);
  if (cost.compare(portfolio.cash) > 0) {
    return skip(`buying ${quantity.toString()} ${symbol} at ${price} costs ${formatAmount(cost)}, more than the ${formatAmount(portfolio.cash)} cash available`);
  }
  return { kind: 'buy', quantity, sizing, reason: `buying ${quantity.toString()} ${symbol} at about ${price} (${formatAmount(cost)}) for ${sizing}` };
}

/**
 * What auto-follow does about a signal in a portfolio (pure). HOLD, symbols not followed, confidence below
 * the minimum and refused risk levels are skipped. A BUY opens a position only when none is held, fewer
 * than the maximum are open and the daily loss limit is not reached, sized min(signal size, max position
 * %) of equity at the current price, in whole units (crypto: 8 decimals), and only when the cash pays for
 * it. A SELL sells the whole long position; without one there is nothing to sell (cash account: no shorts).
 */
export function decideAutoFollow(settings: AutoFollowSettingsInput, signal: PolicySignal, portfolio: PolicyPortfolio): AutoFollowAction {
  const screened = screenSignal(settings, signal, portfolio.watchlistSymbols);
  if (screened !== null) return screened;
  return signal.action === 'BUY' ? buy(settings, signal, portfolio) : decideSell(signal, portfolio.positions);
}

/**
 * The exit part of {@link decideAutoFollow} for a SELL that passed {@link screenSignal}: it needs only the
 * holdings, so an exit never waits on valuing the rest of the portfolio.
 */
export function decideSell(signal: Pick<PolicySignal, 'symbol'>, positions: ReadonlyMap<string, Decimal>): AutoFollowAction {
  const symbol = signal.symbol.toUpperCase();
  const held = positions.get(symbol) ?? Decimal.ZERO;
  if (held.sign <= 0) return skip('no position to sell (no short selling in paper trading)');
  return { kind: 'sell', quantity: held, reason: `selling all ${held.toString()} ${symbol}` };
}
