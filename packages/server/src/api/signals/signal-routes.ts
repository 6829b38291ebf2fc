// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { RiskLevel, SignalAction, Timeframe } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors/app-error.js';
import type { SignalService } from '../../signals/signal-service.js';
import type { Database } from '../../storage/database.js';
import { FeedbackRepository } from '../../storage/repositories/feedback-repository.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import { ERROR_RESPONSES, SYMBOL_SCHEMA, TIMEFRAME_SCHEMA, UUID_SCHEMA } from '../common-schemas.js';
import { generateBatch } from './generate-batch.js';
import { OUTCOME_SUMMARY_SCHEMA, summarizeOutcomes } from './outcome-summary.js';
import { SIGNAL_PAGE_SCHEMA } from './signal-schemas.js';

/** What the signal routes need. */
export interface SignalRoutesOptions {
  readonly database: Database;
  readonly signals: SignalService;
  /** Timeframe of generate requests that name none. */
  readonly defaultTimeframe: Timeframe;
}

const SYMBOL_ITEM = '[A-Za-z0-9.\\-=^/]{1,20}';
const SYMBOL_LIST = { type: 'string', pattern: `^${SYMBOL_ITEM}(,${SYMBOL_ITEM}){0,99}$`, description: 'comma-separated symbols (≤ 100)' } as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function listOf(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((item) => item.trim());
}

function symbolsOf(value: string | undefined): string[] | undefined {
  return listOf(value)?.map((symbol) => symbol.toUpperCase());
}

/** `/api/v1/signals/...`: list, latest, by symbol, generate (one, batch), details, insights, performance, feedback. */
export async function signalRoutes(app: FastifyInstance, options: SignalRoutesOptions): Promise<void> {
  const repository = new SignalRepository(options.database.db);
  const feedback = new FeedbackRepository(options.database.db);
  const tags = ['signals'];

  app.get<{ Querystring: { symbols?: string; actions?: string; timeframes?: string; riskLevels?: string; minConfidence?: number; maxConfidence?: number; from?: string; to?: string; cursor?: string; limit: number } }>(
    '/signals',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Signals matching filters, newest bar first, with cursor pagination',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            symbols: SYMBOL_LIST,
            actions: { type: 'string', pattern: '^(BUY|SELL|HOLD)(,(BUY|SELL|HOLD)){0,2}$' },
            timeframes: { type: 'string', pattern: '^(1m|5m|15m|30m|1h|4h|1d|1w)(,(1m|5m|15m|30m|1h|4h|1d|1w)){0,7}$' },
            riskLevels: { type: 'string', pattern: '^(low|medium|high)(,(low|medium|high)){0,2}$' },
            minConfidence: { type: 'number', minimum: 0, maximum: 1 },
            maxConfidence: { type: 'number', minimum: 0, maximum: 1 },
            from: { type: 'string', format: 'date-time' },
            to: { type: 'string', format: 'date-time' },
            cursor: { type: 'string', maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          },
        },
        response: { 200: SIGNAL_PAGE_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const query = request.query;
      return repository.list(
        {
          symbols: symbolsOf(query.symbols),
          actions: listOf(query.actions) as SignalAction[] | undefined,
          timeframes: listOf(query.timeframes) as Timeframe[] | undefined,
          riskLevels: listOf(query.riskLevels) as RiskLevel[] | undefined,
          minConfidence: query.minConfidence,
          maxConfidence: query.maxConfidence,
          from: query.from === undefined ? undefined : new Date(query.from),
          to: query.to === undefined ? undefined : new Date(query.to),
        },
        query.cursor ?? null,
        query.limit,
      );
    },
  );

  app.get<{ Querystring: { limit: number; symbols?: string } }>(
    '/signals/latest',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'The most recently generated signals',
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 20 }, symbols: SYMBOL_LIST } },
        response: { 200: SIGNAL_PAGE_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => ({ items: await options.signals.latestSignals(request.query.limit, symbolsOf(request.query.symbols)) }),
  );

  app.get<{ Querystring: { days: number } }>(
    '/signals/performance/summary',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'How the signals of the last N days fared (scorecard outcomes)',
        querystring: { type: 'object', additionalProperties: false, properties: { days: { type: 'integer', minimum: 1, maximum: 3650, default: 30 } } },
        response: { 200: { type: 'object', properties: { days: { type: 'integer' }, ...OUTCOME_SUMMARY_SCHEMA.properties }, required: ['days', ...OUTCOME_SUMMARY_SCHEMA.required] }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const counts = await repository.outcomeCounts(new Date(Date.now() - request.query.days * DAY));
      return { days: request.query.days, ...summarizeOutcomes(counts) };
    },
  );

  app.post<{ Body: { symbols: string[]; timeframe?: Timeframe } }>(
    '/signals/batch',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: 'Generate signals for up to 50 symbols',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['symbols'],
          properties: { symbols: { type: 'array', minItems: 1, maxItems: 50, uniqueItems: true, items: SYMBOL_SCHEMA }, timeframe: TIMEFRAME_SCHEMA },
        },
        response: {
          200: {
            type: 'object',
            required: ['items'],
            properties: {
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['symbol'],
                  properties: {
                    symbol: { type: 'string' },
                    signal: { $ref: 'Signal#' },
                    created: { type: 'boolean' },
                    error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
                  },
                },
              },
            },
          },
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) => ({
      items: await generateBatch(
        options.signals,
        request.body.symbols.map((symbol) => symbol.toUpperCase()),
        request.body.timeframe ?? options.defaultTimeframe,
      ),
    }),
  );

  app.post<{ Params: { symbol: string }; Querystring: { timeframe?: Timeframe } }>(
    '/signals/generate/:symbol',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: 'Generate the signal of the latest closed bar (returns the stored one when that bar was signalled already)',
        params: { type: 'object', required: ['symbol'], properties: { symbol: SYMBOL_SCHEMA } },
        querystring: { type: 'object', additionalProperties: false, properties: { timeframe: TIMEFRAME_SCHEMA } },
        response: { 200: { $ref: 'Signal#' }, 201: { $ref: 'Signal#' }, 422: { $ref: 'ErrorBody#' }, 503: { $ref: 'ErrorBody#' }, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const generated = await options.signals.generate(request.params.symbol.toUpperCase(), request.query.timeframe ?? options.defaultTimeframe);
      if (generated.stale) void reply.header('x-data-stale', 'true');
      return reply.code(generated.created ? 201 : 200).send(generated.signal);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/signals/:id/details',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'A signal with every agent vote, weight and reasoning, and its feedback',
        params: { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } },
        response: {
          200: {
            type: 'object',
            required: ['signal', 'votes', 'feedback'],
            properties: {
              signal: { $ref: 'Signal#' },
              votes: { type: 'array', items: { $ref: 'SignalVote#' } },
              feedback: { type: 'object', properties: { count: { type: 'integer' }, averageRating: { type: ['number', 'null'] } } },
            },
          },
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const found = await repository.byId(request.params.id);
      if (found === null) throw AppError.notFound(`no signal ${request.params.id}`);
      const { votes, ...signal } = found;
      return { signal, votes, feedback: await feedback.summary(found.id) };
    },
  );

  app.get<{ Params: { symbol: string }; Querystring: { days: number } }>(
    '/signals/:symbol/insights',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: "A symbol's latest signal and how its signals fared over N days",
        params: { type: 'object', required: ['symbol'], properties: { symbol: SYMBOL_SCHEMA } },
        querystring: { type: 'object', additionalProperties: false, properties: { days: { type: 'integer', minimum: 1, maximum: 3650, default: 90 } } },
        response: {
          200: {
            type: 'object',
            required: ['symbol', 'days', 'latest', ...OUTCOME_SUMMARY_SCHEMA.required],
            properties: { symbol: { type: 'string' }, days: { type: 'integer' }, latest: { anyOf: [{ $ref: 'Signal#' }, { type: 'null' }] }, ...OUTCOME_SUMMARY_SCHEMA.properties },
          },
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const symbol = request.params.symbol.toUpperCase();
      const [latest] = await repository.latest(1, [symbol]);
      const counts = await repository.outcomeCounts(new Date(Date.now() - request.query.days * DAY), symbol);
      return { symbol, days: request.query.days, latest: latest ?? null, ...summarizeOutcomes(counts) };
    },
  );

  app.get<{ Params: { symbol: string }; Querystring: { hours: number; limit: number } }>(
    '/signals/:symbol',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: "A symbol's signals of the last N hours, newest first",
        params: { type: 'object', required: ['symbol'], properties: { symbol: SYMBOL_SCHEMA } },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { hours: { type: 'number', exclusiveMinimum: 0, maximum: 87_600, default: 24 }, limit: { type: 'integer', minimum: 1, maximum: 500, default: 500 } },
        },
        response: { 200: SIGNAL_PAGE_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => ({ items: await repository.bySymbol(request.params.symbol.toUpperCase(), request.query.hours, request.query.limit) }),
  );

  app.post<{ Params: { id: string }; Body: { rating: number; comment?: string } }>(
    '/signals/:id/feedback',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Rate a signal (1–5) with an optional comment',
        params: { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['rating'],
          properties: { rating: { type: 'integer', minimum: 1, maximum: 5 }, comment: { type: 'string', maxLength: 2000 } },
        },
        response: {
          201: { type: 'object', required: ['id', 'signalId', 'rating'], properties: { id: { type: 'string' }, signalId: { type: 'string' }, rating: { type: 'integer' }, comment: { type: ['string', 'null'] }, createdAt: { type: 'string' } } },
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      if ((await repository.byId(request.params.id)) === null) throw AppError.notFound(`no signal ${request.params.id}`);
      const row = await feedback.add({ signalId: request.params.id, rating: request.body.rating, comment: request.body.comment ?? null });
      return reply.code(201).send({ id: String(row.id), signalId: row.signalId, rating: row.rating, comment: row.comment, createdAt: row.createdAt.toISOString() });
    },
  );
}
