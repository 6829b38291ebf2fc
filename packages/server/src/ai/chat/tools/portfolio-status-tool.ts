import type { ProviderChain } from '../../../market-data/chain/provider-chain.js';
import { valuePortfolio, type PortfolioValuation } from '../../../paper/portfolio-valuation.js';
import { chainQuoteSource, type QuoteSource } from '../../../paper/price-quote.js';
import type { Database } from '../../../storage/database.js';
import { PortfolioRepository } from '../../../storage/repositories/portfolio-repository.js';
import { ToolError, type ChatTool } from '../chat-tool.js';
import { portfolioCitation } from '../citations.js';
import { ToolArguments } from '../tool-arguments.js';

/** Most portfolios valued in one call (each position needs a quote). */
export const MAX_VALUED_PORTFOLIOS = 5;

/** Without market data, positions are listed unpriced (their totals then null), never valued at zero. */
const NO_QUOTES: QuoteSource = async (symbol) => {
  throw new Error(`no market data provider is configured to price ${symbol}`);
};

/** The caller's portfolios valued at current quotes (one by id, or all of them, oldest first). */
export async function portfolioStatus(database: Database, market: Pick<ProviderChain, 'quote'> | undefined, owner: string | null, id?: string): Promise<PortfolioValuation[]> {
  const repository = new PortfolioRepository(database.db);
  const quote = market === undefined ? NO_QUOTES : chainQuoteSource(market);
  const owned = (await repository.listForUser(owner)).filter((portfolio) => id === undefined || portfolio.id === id);
  if (id !== undefined && owned.length === 0) throw new ToolError(`you have no portfolio ${id}`);
  return Promise.all(owned.slice(0, MAX_VALUED_PORTFOLIOS).map(async (portfolio) => valuePortfolio(portfolio, await repository.positions(portfolio.id), quote)));
}

/** `portfolio_status`: the caller's paper portfolios with cash, positions at current quotes, equity and P&L. */
export function portfolioStatusTool(database: Database, market: Pick<ProviderChain, 'quote'> | undefined): ChatTool<{ id?: string }, PortfolioValuation[]> {
  return {
    name: 'portfolio_status',
    description: `The user's own paper-trading portfolios (at most ${MAX_VALUED_PORTFOLIOS}): cash, positions valued at current quotes, equity, realised and unrealised P&L, return since opening. Money is exact decimal text.`,
    parameters: { type: 'object', additionalProperties: false, properties: { id: { type: 'string', format: 'uuid', description: 'one portfolio; default all of them' } } },
    // The portfolio routes' role: paper trading is a trader's.
    role: 'trader',
    parse: (raw) => {
      const args = new ToolArguments(raw, 'portfolio_status', ['id']);
      return args.has('id') ? { id: args.uuid('id') } : {};
    },
    execute: ({ id }, { caller }) => portfolioStatus(database, market, caller.userId, id),
    present: (portfolios) => ({ content: JSON.stringify({ count: portfolios.length, portfolios }), citations: portfolios.map((portfolio) => portfolioCitation(portfolio.id, portfolio.name)) }),
    summary: ({ id }) => (id === undefined ? 'your paper portfolios' : `portfolio ${id}`),
  };
}
