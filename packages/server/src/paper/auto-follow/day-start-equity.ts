import type { Database } from '../../storage/database.js';
import { AutoFollowRepository } from '../../storage/repositories/auto-follow-repository.js';
import { PortfolioRepository } from '../../storage/repositories/portfolio-repository.js';
import { Decimal } from '../decimal.js';
import { valuePortfolio } from '../portfolio-valuation.js';
import type { QuoteSource } from '../price-quote.js';

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function utcDayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Dependencies of {@link DayStartEquity}. */
export interface DayStartEquityOptions {
  readonly database: Database;
  readonly quote: QuoteSource;
  readonly now?: () => number;
}

/**
 * The equity each auto-followed portfolio had when the current UTC day began, which the daily loss limit
 * compares against. The ledger cannot give it afterwards (it keeps no prices at midnight), so it is a
 * snapshot stored with the settings: {@link snapshotDue} takes it for every enabled portfolio still lacking
 * today's (the follower runs it at start and every minute, so shortly after 00:00 UTC), and a portfolio it
 * missed (enabled during the day, a position without a price at midnight, the server down) gets it at its
 * first decision of the day, from the equity of that moment.
 */
export class DayStartEquity {
  private readonly settings: AutoFollowRepository;
  private readonly portfolios: PortfolioRepository;
  private readonly now: () => number;

  constructor(private readonly options: DayStartEquityOptions) {
    this.settings = new AutoFollowRepository(options.database.db);
    this.portfolios = new PortfolioRepository(options.database.db);
    this.now = options.now ?? Date.now;
  }

  /** Today's start equity of the portfolio, taking `equity` as it when there is no snapshot yet. */
  async of(portfolioId: string, equity: Decimal): Promise<Decimal> {
    const stored = await this.settings.dayStartEquity(portfolioId, utcDayOf(this.now()), equity.toString());
    return stored === null ? equity : Decimal.parse(stored);
  }

  /** Takes today's snapshot of every enabled portfolio that has none and can be valued; returns how many were taken. */
  async snapshotDue(): Promise<number> {
    const day = utcDayOf(this.now());
    let taken = 0;
    for (const portfolioId of await this.settings.enabledWithoutDayStart(day)) {
      const portfolio = await this.portfolios.byId(portfolioId);
      if (portfolio === null) continue;
      const valuation = await valuePortfolio(portfolio, await this.portfolios.positions(portfolioId), this.options.quote);
      // A position without a price leaves the equity unknown: tried again at the next round.
      if (valuation.equity === null) continue;
      await this.settings.dayStartEquity(portfolioId, day, valuation.equity);
      taken++;
    }
    return taken;
  }
}
