// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { Timeframe } from '@goldensignals/engine';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callerOf, type Caller } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { ScanDispatcher } from '../../jobs/scan-dispatcher.js';
import type { Database } from '../../storage/database.js';
import { ScanRepository, type Scan } from '../../storage/repositories/scan-repository.js';
import { WatchlistRepository } from '../../storage/repositories/watchlist-repository.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { MAX_SCAN_SYMBOLS, SCAN_SCHEMA, SCAN_SUMMARY_SCHEMA, SUBMIT_SCAN_BODY_SCHEMA } from './scan-schemas.js';
import { scanSummaryView, scanView } from './scan-views.js';

/** What the scan routes need. */
export interface ScanRoutesOptions {
  readonly database: Database;
  /** Runs the stored scans: in this process, or through the BullMQ queue when scaled out. */
  readonly dispatcher: ScanDispatcher;
  /** Timeframe of a scan that names none (default 1d). */
  readonly defaultTimeframe?: Timeframe;
}

interface SubmitScanBody {
  readonly symbols?: readonly string[];
  readonly timeframe?: Timeframe;
}

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } } as const;
const tags = ['scans'];

/** The scheduler's scans hold every user's watched symbols: only admins see them. */
function visibleTo(caller: Caller, scan: Scan): boolean {
  if (scan.trigger === 'schedule') return caller.role === 'admin';
  return scan.userId === caller.userId;
}

/** `/api/v1/scans`: signal a list of symbols in the background and follow its progress. */
export async function scanRoutes(app: FastifyInstance, options: ScanRoutesOptions): Promise<void> {
  const scans = new ScanRepository(options.database.db);
  const watchlists = new WatchlistRepository(options.database.db);

  async function symbolsOf(request: FastifyRequest<{ Body: SubmitScanBody }>): Promise<string[]> {
    if (request.body.symbols !== undefined) return request.body.symbols.map((symbol) => symbol.toUpperCase());
    const lists = await watchlists.listForUser(callerOf(request).userId);
    const symbols = [...new Set(lists.flatMap((list) => list.symbols))];
    if (symbols.length === 0) throw AppError.invalid('body.symbols', 'is required: your watchlists hold no symbols to scan');
    if (symbols.length > MAX_SCAN_SYMBOLS) {
      throw AppError.invalid('body.symbols', `is required: your watchlists hold ${symbols.length} symbols, more than the ${MAX_SCAN_SYMBOLS} a scan takes`);
    }
    return symbols;
  }

  app.post<{ Body: SubmitScanBody }>(
    '/scans',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: "Scan symbols (default: the caller's watchlists): a signal of each one's last closed bar, in the background",
        body: SUBMIT_SCAN_BODY_SCHEMA,
        response: { 202: SCAN_SCHEMA, 503: { $ref: 'ErrorBody#' }, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const symbols = await symbolsOf(request);
      const scan = await scans.create({ userId: callerOf(request).userId, timeframe: request.body.timeframe ?? options.defaultTimeframe ?? '1d', symbols });
      try {
        await options.dispatcher.submit(scan.id);
      } catch (error) {
        const reason = 'the scan could not be queued (the job queue is unreachable); try again';
        await scans.fail(scan.id, reason).catch(() => false);
        throw new AppError('GS_ERR_NOT_READY', reason, [], { cause: error, retryAfterSeconds: 5 });
      }
      const stored = (await scans.byId(scan.id)) ?? scan;
      return reply.code(202).send(scanView(stored, await scans.items(scan.id)));
    },
  );

  app.get<{ Querystring: { limit: number } }>(
    '/scans',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: "The caller's scans (admins: also the scheduler's), newest first, without their items",
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 } } },
        response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: SCAN_SUMMARY_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const rows = await scans.list({ userId: caller.userId, scheduled: caller.role === 'admin' }, request.query.limit);
      return { items: rows.map(scanSummaryView) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/scans/:id',
    { config: { role: 'viewer' }, schema: { tags, summary: "A scan's progress and each symbol's signal or error", params: ID_PARAMS, response: { 200: SCAN_SCHEMA, ...ERROR_RESPONSES } } },
    async (request) => {
      const scan = await scans.byId(request.params.id);
      // Another user's scan answers exactly as a missing one.
      if (scan === null || !visibleTo(callerOf(request), scan)) throw AppError.notFound(`no scan ${request.params.id}`);
      return scanView(scan, await scans.items(scan.id));
    },
  );
}
