import { AppError } from '../../errors/app-error.js';
import type { TradeExportRow } from '../../export/trade-csv-columns.js';
import { fillView } from '../../paper/portfolio-views.js';
import type { Database } from '../../storage/database.js';
import { PortfolioRepository, type Portfolio } from '../../storage/repositories/portfolio-repository.js';

/**
 * The fills of one of the caller's portfolios, or of all of them when `portfolioId` is absent, newest first, at most
 * `limit`. Another user's portfolio answers exactly as a missing one (404), as the portfolio routes do.
 */
export async function readTrades(database: Database, owner: string | null, portfolioId: string | undefined, limit: number): Promise<TradeExportRow[]> {
  const repository = new PortfolioRepository(database.db);
  let portfolios: Portfolio[];
  if (portfolioId === undefined) portfolios = await repository.listForUser(owner);
  else {
    const portfolio = await repository.byId(portfolioId);
    if (portfolio === null || portfolio.userId !== owner) throw AppError.notFound(`no portfolio ${portfolioId}`);
    portfolios = [portfolio];
  }
  const rows: TradeExportRow[] = [];
  for (const portfolio of portfolios) {
    for (const fill of await repository.fills(portfolio.id, limit)) rows.push({ fill: fillView(fill), portfolioName: portfolio.name });
  }
  // Each portfolio's fills come newest first; merged, the same order holds across portfolios (ids break ties).
  rows.sort((a, b) => (a.fill.time === b.fill.time ? compare(b.fill.id, a.fill.id) : compare(b.fill.time, a.fill.time)));
  return rows.slice(0, limit);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
