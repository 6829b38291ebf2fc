// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import { BacktestRequestError, checkBacktestJobRequest, type BacktestJobRequest } from '../../jobs/backtest-job-request.js';
import type { BacktestDispatcher } from '../../jobs/backtest-dispatcher.js';
import type { Database } from '../../storage/database.js';
import { BacktestRepository, type BacktestSummary } from '../../storage/repositories/backtest-repository.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { BACKTEST_RESULTS_SCHEMA, BACKTEST_SCHEMA, SUBMIT_BACKTEST_BODY_SCHEMA } from './backtest-schemas.js';
import { apiStatusOf, backtestView } from './backtest-views.js';

/** What the backtest routes need. */
export interface BacktestRoutesOptions {
  readonly database: Database;
  /** Told about each stored backtest: the in-process runner (wakes up) or the BullMQ queue (adds a job). */
  readonly runner: BacktestDispatcher;
}

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } } as const;
const CONFLICT = { 409: { $ref: 'ErrorBody#' } } as const;
const config = { role: 'trader' } as const;
const tags = ['backtests'];

function unfinished(row: BacktestSummary): string {
  const status = apiStatusOf(row.status);
  if (status === 'running') return `running (${Math.round(row.progress * 100)} % done)`;
  if (status === 'failed') return `failed: ${row.error ?? 'no reason recorded'}`;
  return status;
}

/** The submitted body checked by the engine's rules; a 400 naming the body field otherwise. */
function checkedRequest(body: unknown): BacktestJobRequest {
  try {
    return checkBacktestJobRequest(body);
  } catch (error) {
    if (error instanceof BacktestRequestError) throw AppError.invalid(`body.${error.field}`, error.message);
    throw error;
  }
}

/** `/api/v1/backtests/...`: submit a backtest job, poll it, read its results, cancel it. */
export async function backtestRoutes(app: FastifyInstance, options: BacktestRoutesOptions): Promise<void> {
  const repository = new BacktestRepository(options.database.db);

  // Another user's backtest answers exactly as a missing one.
  async function owned(request: FastifyRequest, id: string): Promise<BacktestSummary> {
    const row = await repository.summaryById(id);
    if (row === null || row.userId !== callerOf(request).userId) throw AppError.notFound(`no backtest ${id}`);
    return row;
  }

  app.post<{ Body: Record<string, unknown> }>(
    '/backtests',
    {
      config,
      schema: {
        tags,
        summary: "Queue a backtest of an engine strategy over symbols' bars (backtesting.py's execution model and statistics)",
        body: SUBMIT_BACKTEST_BODY_SCHEMA,
        response: { 202: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'string' }, status: { type: 'string', enum: ['queued'] } } }, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const row = await repository.submit(checkedRequest(request.body), callerOf(request).userId);
      await options.runner.submit(row.id);
      return reply.code(202).send({ id: row.id, status: 'queued' });
    },
  );

  app.get<{ Querystring: { limit: number } }>(
    '/backtests',
    {
      config,
      schema: {
        tags,
        summary: "The caller's backtests, newest first",
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 } } },
        response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: BACKTEST_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => ({ items: (await repository.listForUser(callerOf(request).userId, request.query.limit)).map(backtestView) }),
  );

  app.get<{ Params: { id: string } }>(
    '/backtests/:id',
    { config, schema: { tags, summary: "A backtest's state: status, progress, error", params: ID_PARAMS, response: { 200: BACKTEST_SCHEMA, ...ERROR_RESPONSES } } },
    async (request) => backtestView(await owned(request, request.params.id)),
  );

  app.get<{ Params: { id: string } }>(
    '/backtests/:id/results',
    {
      config,
      schema: {
        tags,
        summary: 'Statistics, trades and equity curve per symbol, with the buy-and-hold baseline (409 until the backtest is done)',
        params: ID_PARAMS,
        response: { 200: BACKTEST_RESULTS_SCHEMA, ...CONFLICT, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const summary = await owned(request, request.params.id);
      if (summary.status !== 'completed') throw new AppError('GS_ERR_CONFLICT', `backtest ${summary.id} is ${unfinished(summary)}; results exist once it is done`);
      const row = await repository.byId(summary.id);
      const result = row?.result as { symbols?: unknown } | null | undefined;
      return { id: summary.id, status: 'done', request: summary.request, finishedAt: summary.finishedAt?.toISOString() ?? null, symbols: result?.symbols ?? [] };
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/backtests/:id',
    { config, schema: { tags, summary: 'Cancel a queued or running backtest (a running one stops before its next symbol)', params: ID_PARAMS, response: { 200: BACKTEST_SCHEMA, ...CONFLICT, ...ERROR_RESPONSES } } },
    async (request) => {
      const { id } = await owned(request, request.params.id);
      const cancelled = await repository.cancel(id);
      const now = await owned(request, id);
      if (!cancelled) throw new AppError('GS_ERR_CONFLICT', `backtest ${id} is ${apiStatusOf(now.status)}; only queued or running backtests can be cancelled`);
      return backtestView(now);
    },
  );
}
