// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { AgentCategory, SignalAction, SignalEngine, SymbolClass, Timeframe } from '@goldensignals/engine';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import { backtestCsv, type BacktestPart } from '../../export/backtest-csv.js';
import { csvDocument } from '../../export/csv-writer.js';
import type { ExportFormat } from '../../export/export-format.js';
import { signalExportChunks } from '../../export/signal-export.js';
import { TRADE_CSV_COLUMNS } from '../../export/trade-csv-columns.js';
import type { Database } from '../../storage/database.js';
import { BacktestRepository } from '../../storage/repositories/backtest-repository.js';
import { AGENT_CATEGORY_SCHEMA, AGENT_SCHEMA, SYMBOL_CLASS_SCHEMA } from '../agents/agent-schemas.js';
import { BACKTEST_RESULTS_SCHEMA } from '../backtests/backtest-schemas.js';
import { apiStatusOf } from '../backtests/backtest-views.js';
import { ERROR_RESPONSES, TIMEFRAME_SCHEMA, UUID_SCHEMA } from '../common-schemas.js';
import { FILL_SCHEMA } from '../portfolios/portfolio-schemas.js';
import { OUTCOME_SUMMARY_SCHEMA } from '../signals/outcome-summary.js';
import {
  ACTION_LIST_SCHEMA,
  BACKTEST_PART_SCHEMA,
  DAY_OR_TIME_SCHEMA,
  downloadResponse,
  EXPORT_LIMIT_SCHEMA,
  FORMAT_SCHEMA,
  SYMBOL_LIST_SCHEMA,
  TIMEFRAME_LIST_SCHEMA,
} from './export-schemas.js';
import { readScorecard, SCORECARD_PARTS, scorecardCsv, type ScorecardPart } from './scorecard-export.js';
import { sendDownload } from './send-download.js';
import { readTrades } from './trade-export.js';

/** What the export routes need. */
export interface ExportRoutesOptions {
  readonly database: Database;
  /** The running engine: the scorecard's agents and their measured accuracy. */
  readonly engine: SignalEngine;
  /** The clock of file names and of the scorecard's period (tests fix it). */
  readonly now?: () => number;
}

interface SignalExportQuery {
  readonly format: ExportFormat;
  readonly symbol?: string;
  readonly timeframe?: string;
  readonly action?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
}

const tags = ['exports'];
const CONFLICT = { 409: { $ref: 'ErrorBody#' } } as const;

function listOf(value: string | undefined): string[] | undefined {
  return value?.split(',').map((item) => item.trim());
}

/** A day (UTC midnight) or an instant of the query, checked to be a real date (the pattern lets 2026-02-31 through). */
function instantOf(field: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time) || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) throw AppError.invalid(field, `is not a real date or time: ${value}`);
  return new Date(time);
}

/** `/api/v1/exports/...`: signals, paper trades, a backtest and the scorecard as CSV or JSON files to download. */
export async function exportRoutes(app: FastifyInstance, options: ExportRoutesOptions): Promise<void> {
  const { database, engine } = options;
  const now = options.now ?? Date.now;
  const backtests = new BacktestRepository(database.db);

  app.get<{ Querystring: SignalExportQuery }>(
    '/exports/signals',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Signals matching filters as a CSV or JSON file, newest first (streamed; the agents that voted each action in the CSV)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            format: FORMAT_SCHEMA,
            symbol: SYMBOL_LIST_SCHEMA,
            timeframe: TIMEFRAME_LIST_SCHEMA,
            action: ACTION_LIST_SCHEMA,
            from: { ...DAY_OR_TIME_SCHEMA, description: `signal bar time from (inclusive): ${DAY_OR_TIME_SCHEMA.description}` },
            to: { ...DAY_OR_TIME_SCHEMA, description: `signal bar time to (exclusive): ${DAY_OR_TIME_SCHEMA.description}` },
            limit: EXPORT_LIMIT_SCHEMA,
          },
        },
        response: {
          200: downloadResponse('signals-<day>.csv or .json', { type: 'object', required: ['signals'], properties: { signals: { type: 'array', items: { $ref: 'Signal#' } } } }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const from = instantOf('query.from', query.from);
      const to = instantOf('query.to', query.to);
      if (from !== undefined && to !== undefined && from.getTime() > to.getTime()) throw AppError.invalid('query.from', `${query.from} is after query.to ${query.to}`);
      const filters = {
        symbols: listOf(query.symbol)?.map((symbol) => symbol.toUpperCase()),
        timeframes: listOf(query.timeframe) as Timeframe[] | undefined,
        actions: listOf(query.action) as SignalAction[] | undefined,
        from,
        to,
      };
      const body = await signalExportChunks(database.db, filters, query.limit, query.format);
      return sendDownload(reply, { stem: 'signals', format: query.format, now: now(), body });
    },
  );

  app.get<{ Querystring: { format: ExportFormat; portfolioId?: string; limit: number } }>(
    '/exports/trades',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: "The caller's paper trades (fills) of one portfolio, or of all of them, as a CSV or JSON file, newest first",
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { format: FORMAT_SCHEMA, portfolioId: { ...UUID_SCHEMA, description: 'one of your portfolios; all of them when absent' }, limit: EXPORT_LIMIT_SCHEMA },
        },
        response: { 200: downloadResponse('trades-<day>.csv or .json', { type: 'object', required: ['fills'], properties: { fills: { type: 'array', items: FILL_SCHEMA } } }), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { format, portfolioId, limit } = request.query;
      const rows = await readTrades(database, callerOf(request).userId, portfolioId, limit);
      const body = format === 'csv' ? csvDocument(TRADE_CSV_COLUMNS, rows) : JSON.stringify({ fills: rows.map((row) => row.fill) });
      return sendDownload(reply, { stem: 'trades', format, now: now(), body });
    },
  );

  // Another user's backtest answers exactly as a missing one, as the backtest routes do.
  async function ownedResult(request: FastifyRequest, id: string): Promise<{ readonly request: unknown; readonly finishedAt: Date | null; readonly result: unknown }> {
    const summary = await backtests.summaryById(id);
    if (summary === null || summary.userId !== callerOf(request).userId) throw AppError.notFound(`no backtest ${id}`);
    if (summary.status !== 'completed') throw new AppError('GS_ERR_CONFLICT', `backtest ${id} is ${apiStatusOf(summary.status)}; it can be exported once it is done`);
    const row = await backtests.byId(id);
    return { request: summary.request, finishedAt: summary.finishedAt, result: row?.result ?? null };
  }

  app.get<{ Params: { id: string }; Querystring: { format: ExportFormat; part: BacktestPart } }>(
    '/exports/backtests/:id',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: "One part of a finished backtest as CSV (trades, equity curve or statistics per symbol), or all of it as JSON (409 until it is done)",
        params: { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } },
        querystring: { type: 'object', additionalProperties: false, properties: { format: FORMAT_SCHEMA, part: BACKTEST_PART_SCHEMA } },
        response: { 200: downloadResponse('backtest-<id>-<part>-<day>.csv, or backtest-<id>-<day>.json', BACKTEST_RESULTS_SCHEMA), ...CONFLICT, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { format, part } = request.query;
      const stored = await ownedResult(request, id);
      if (format === 'csv') return sendDownload(reply, { stem: `backtest-${id}-${part}`, format, now: now(), body: backtestCsv(stored.result, part) });
      const symbols = (stored.result as { symbols?: unknown } | null)?.symbols ?? [];
      const body = JSON.stringify({ id, status: 'done', request: stored.request, finishedAt: stored.finishedAt?.toISOString() ?? null, symbols });
      return sendDownload(reply, { stem: `backtest-${id}`, format, now: now(), body });
    },
  );

  app.get<{ Querystring: { format: ExportFormat; part: ScorecardPart; days: number; category?: AgentCategory; symbolClass?: SymbolClass; timeframe?: Timeframe } }>(
    '/exports/scorecard',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: "The scorecard as CSV (each agent's accuracy and weight per symbol class and timeframe, or the signals' outcomes per action) or JSON (both)",
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            format: FORMAT_SCHEMA,
            part: { type: 'string', enum: [...SCORECARD_PARTS], default: 'agents', description: 'the part a CSV holds (JSON holds both): agents (default) or outcomes' },
            days: { type: 'integer', minimum: 1, maximum: 3650, default: 30, description: 'outcomes of the signals of the last N days' },
            category: AGENT_CATEGORY_SCHEMA,
            symbolClass: SYMBOL_CLASS_SCHEMA,
            timeframe: TIMEFRAME_SCHEMA,
          },
        },
        response: {
          200: downloadResponse('scorecard-<day>.csv or .json', {
            type: 'object',
            required: ['days', 'agents', 'outcomes'],
            properties: {
              days: { type: 'integer' },
              agents: { type: 'array', items: AGENT_SCHEMA },
              outcomes: {
                type: 'object',
                description: 'all BUY/SELL/HOLD signals of the period, and the BUY and SELL signals apart',
                properties: { ...OUTCOME_SUMMARY_SCHEMA.properties, buy: OUTCOME_SUMMARY_SCHEMA, sell: OUTCOME_SUMMARY_SCHEMA },
              },
            },
          }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const { format, part, days, category, symbolClass, timeframe } = request.query;
      const at = now();
      const scorecard = await readScorecard(database, engine, { days, category, symbolClass, timeframe }, at);
      const body = format === 'csv' ? scorecardCsv(scorecard, part) : JSON.stringify(scorecard);
      return sendDownload(reply, { stem: part === 'outcomes' && format === 'csv' ? 'scorecard-outcomes' : 'scorecard', format, now: at, body });
    },
  );
}
