import type { Database } from '../../storage/database.js';
import { PortfolioRepository, WORKING_ORDER_STATUSES } from '../../storage/repositories/portfolio-repository.js';
import { currentPrice } from '../current-price.js';
import { Decimal } from '../decimal.js';
import { OrderCapacity } from '../order-capacity.js';
import type { PaperCosts } from '../paper-costs.js';
import { valuePortfolio } from '../portfolio-valuation.js';
import type { QuoteSource } from '../price-quote.js';
import type { PolicyPortfolio } from './auto-follow-policy.js';
import type { DayStartEquity } from './day-start-equity.js';
import { errorReason } from './error-reason.js';

/** The portfolio as the policy needs it (watchlists aside), or why it could not be read. */
export type PortfolioStateResult = { readonly ok: true; readonly state: Omit<PolicyPortfolio, 'watchlistSymbols'> } | { readonly ok: false; readonly reason: string };

/** Dependencies of {@link PortfolioStateReader}. */
export interface PortfolioStateReaderOptions {
  readonly database: Database;
  readonly quote: QuoteSource;
  /** The broker's costs: the price a buy pays includes its slippage, and open buy orders reserve cash with commission. */
  readonly costs: PaperCosts;
  readonly dayStart: DayStartEquity;
}

/**
 * Reads what a decision about a signal on `symbol` needs: equity at current quotes, the cash open buy
 * orders leave, the positions, today's start equity and the price a buy would pay now. A portfolio that
 * cannot be valued (a position without a quote) or a symbol without a tradable quote is a reason, not a guess.
 */
export class PortfolioStateReader {
  private readonly portfolios: PortfolioRepository;

  constructor(private readonly options: PortfolioStateReaderOptions) {
    this.portfolios = new PortfolioRepository(options.database.db);
  }

  /** Units held per symbol (closed positions at 0 included). */
  async holdings(portfolioId: string): Promise<Map<string, Decimal>> {
    return new Map((await this.portfolios.positions(portfolioId)).map((position) => [position.symbol, Decimal.parse(position.quantity)]));
  }

  /** Everything a BUY decision needs. */
  async read(portfolioId: string, symbol: string): Promise<PortfolioStateResult> {
    const portfolio = await this.portfolios.byId(portfolioId);
    if (portfolio === null) return { ok: false, reason: `portfolio ${portfolioId} no longer exists` };
    let marketPrice: Decimal;
    try {
      marketPrice = (await currentPrice(this.options.quote, symbol, 'symbol')).price;
    } catch (error) {
      return { ok: false, reason: `no tradable ${symbol} quote: ${errorReason(error)}` };
    }
    const positions = await this.portfolios.positions(portfolioId);
    const valuation = await valuePortfolio(portfolio, positions, this.options.quote);
    if (valuation.equity === null) {
      const unpriced = valuation.positions.filter((position) => position.priceError !== undefined).map((position) => `${position.symbol} (${position.priceError ?? ''})`);
      return { ok: false, reason: `the portfolio cannot be valued: no price for ${unpriced.join(', ')}` };
    }
    const equity = Decimal.parse(valuation.equity);
    const working = await this.portfolios.orders(portfolioId, WORKING_ORDER_STATUSES);
    const capacity = new OrderCapacity(Decimal.parse(portfolio.cash), positions, working, this.options.costs);
    return {
      ok: true,
      state: {
        equity,
        cash: capacity.buyingPower,
        dayStartEquity: await this.options.dayStart.of(portfolioId, equity),
        positions: new Map(positions.map((position) => [position.symbol, Decimal.parse(position.quantity)])),
        price: this.options.costs.fillPrice('buy', marketPrice),
      },
    };
  }
}
