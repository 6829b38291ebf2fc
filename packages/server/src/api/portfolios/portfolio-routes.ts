// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { PortfolioRepository, type Portfolio } from '../../storage/repositories/portfolio-repository.js';
import { ORDER_STATUSES, type OrderSide, type OrderStatus } from '../../storage/schema/orders.js';
import { ERROR_RESPONSES, SYMBOL_SCHEMA, UUID_SCHEMA } from '../common-schemas.js';
import { PaperBroker } from '../../paper/paper-broker.js';
import { MONEY_PLACES, QUANTITY_PLACES } from '../../paper/paper-costs.js';
import { parseAmount } from './parse-amount.js';
import { FILL_SCHEMA, ORDER_SCHEMA, PLACED_ORDER_SCHEMA, PORTFOLIO_SUMMARY_SCHEMA, PORTFOLIO_VALUATION_SCHEMA, positiveAmountSchema } from './portfolio-schemas.js';
import { valuePortfolio } from '../../paper/portfolio-valuation.js';
import { fillView, orderView, portfolioSummaryView } from '../../paper/portfolio-views.js';
import type { QuoteSource } from '../../paper/price-quote.js';

/** What the portfolio routes need. */
export interface PortfolioRoutesOptions {
  readonly database: Database;
  /** Current prices, for fills and valuations. */
  readonly quote: QuoteSource;
  /** The broker (costs, change listener) shared with the limit order matcher; default: one without costs. */
  readonly broker?: PaperBroker;
}

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } } as const;
const STATUS_LIST = { type: 'string', pattern: `^(${ORDER_STATUSES.join('|')})(,(${ORDER_STATUSES.join('|')}))*$`, description: 'comma-separated order states' } as const;
const LIMIT = (fallback: number) => ({ type: 'integer', minimum: 1, maximum: 1000, default: fallback }) as const;
const config = { role: 'trader' } as const;
const tags = ['portfolios'];

interface OrderBody {
  readonly symbol: string;
  readonly side: OrderSide;
  readonly quantity: string;
  readonly type: 'market' | 'limit';
  readonly limitPrice?: string;
}

/** `/api/v1/portfolios/...`: paper-trading accounts, their orders and fills (simulated broker at current quotes). */
export async function portfolioRoutes(app: FastifyInstance, options: PortfolioRoutesOptions): Promise<void> {
  const repository = new PortfolioRepository(options.database.db);
  const broker = options.broker ?? new PaperBroker({ database: options.database, quote: options.quote });

  // Another user's portfolio answers exactly as a missing one: ids are not confirmed to strangers.
  async function owned(request: FastifyRequest, id: string): Promise<Portfolio> {
    const portfolio = await repository.byId(id);
    if (portfolio === null || portfolio.userId !== callerOf(request).userId) throw AppError.notFound(`no portfolio ${id}`);
    return portfolio;
  }

  app.get(
    '/portfolios',
    {
      config,
      schema: {
        tags,
        summary: "The caller's paper portfolios, oldest first (cash only; GET /portfolios/{id} values the positions)",
        response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: PORTFOLIO_SUMMARY_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => ({ items: (await repository.listForUser(callerOf(request).userId)).map(portfolioSummaryView) }),
  );

  app.post<{ Body: { name: string; initialCash: string; currency?: string } }>(
    '/portfolios',
    {
      config,
      schema: {
        tags,
        summary: 'Open a paper portfolio with starting cash',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'initialCash'],
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' },
            initialCash: positiveAmountSchema('starting cash (up to 8 decimal places)'),
            currency: { type: 'string', pattern: '^[A-Z]{3}$', default: 'USD', description: 'ISO 4217 code; a label only: prices are not converted' },
          },
        },
        response: { 201: PORTFOLIO_SUMMARY_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const initialCash = parseAmount('body.initialCash', request.body.initialCash, MONEY_PLACES);
      const row = await repository.create({ userId: callerOf(request).userId, name: request.body.name.trim(), initialCash: initialCash.toString(), currency: request.body.currency });
      return reply.code(201).send(portfolioSummaryView(row));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/portfolios/:id',
    { config, schema: { tags, summary: 'A portfolio with cash, positions valued at current quotes, equity and P&L', params: ID_PARAMS, response: { 200: PORTFOLIO_VALUATION_SCHEMA, ...ERROR_RESPONSES } } },
    async (request) => {
      const portfolio = await owned(request, request.params.id);
      return valuePortfolio(portfolio, await repository.positions(portfolio.id), options.quote);
    },
  );

  app.get<{ Params: { id: string }; Querystring: { status?: string; limit: number } }>(
    '/portfolios/:id/orders',
    {
      config,
      schema: {
        tags,
        summary: "A portfolio's orders, newest first",
        params: ID_PARAMS,
        querystring: { type: 'object', additionalProperties: false, properties: { status: STATUS_LIST, limit: LIMIT(100) } },
        response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: ORDER_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const portfolio = await owned(request, request.params.id);
      const statuses = request.query.status?.split(',') as OrderStatus[] | undefined;
      return { items: (await repository.orders(portfolio.id, statuses, request.query.limit)).map(orderView) };
    },
  );

  app.post<{ Params: { id: string }; Body: OrderBody }>(
    '/portfolios/:id/orders',
    {
      config,
      schema: {
        tags,
        summary: 'Place an order: market orders (and limit orders the price already crosses) fill at the current quote; other limit orders stay open',
        params: ID_PARAMS,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['symbol', 'side', 'quantity', 'type'],
          properties: {
            symbol: SYMBOL_SCHEMA,
            side: { type: 'string', enum: ['buy', 'sell'] },
            quantity: positiveAmountSchema('units, fractions allowed (up to 10 decimal places)'),
            type: { type: 'string', enum: ['market', 'limit'] },
            limitPrice: positiveAmountSchema('required for limit orders: the most a buy pays, the least a sell takes'),
          },
        },
        response: { 201: PLACED_ORDER_SCHEMA, 409: { $ref: 'ErrorBody#' }, 503: { $ref: 'ErrorBody#' }, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const portfolio = await owned(request, request.params.id);
      const body = request.body;
      if (body.type === 'limit' && body.limitPrice === undefined) throw AppError.invalid('body.limitPrice', 'is required for a limit order');
      if (body.type === 'market' && body.limitPrice !== undefined) throw AppError.invalid('body.limitPrice', 'is only for limit orders; a market order fills at the current quote');
      const placed = await broker.place(portfolio.id, {
        symbol: body.symbol.toUpperCase(),
        side: body.side,
        type: body.type,
        quantity: parseAmount('body.quantity', body.quantity, QUANTITY_PLACES),
        limitPrice: body.limitPrice === undefined ? null : parseAmount('body.limitPrice', body.limitPrice, MONEY_PLACES),
      });
      return reply.code(201).send(placed);
    },
  );

  app.delete<{ Params: { id: string; orderId: string } }>(
    '/portfolios/:id/orders/:orderId',
    {
      config,
      schema: {
        tags,
        summary: 'Cancel an open order',
        params: { type: 'object', required: ['id', 'orderId'], properties: { id: UUID_SCHEMA, orderId: UUID_SCHEMA } },
        response: { 200: ORDER_SCHEMA, 409: { $ref: 'ErrorBody#' }, ...ERROR_RESPONSES },
      },
    },
    async (request) => broker.cancel((await owned(request, request.params.id)).id, request.params.orderId),
  );

  app.get<{ Params: { id: string }; Querystring: { limit: number } }>(
    '/portfolios/:id/fills',
    {
      config,
      schema: {
        tags,
        summary: "A portfolio's executions, newest first",
        params: ID_PARAMS,
        querystring: { type: 'object', additionalProperties: false, properties: { limit: LIMIT(100) } },
        response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: FILL_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const portfolio = await owned(request, request.params.id);
      return { items: (await repository.fills(portfolio.id, request.query.limit)).map(fillView) };
    },
  );
}
