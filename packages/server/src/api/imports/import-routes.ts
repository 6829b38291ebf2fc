// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { Timeframe } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import type { Database } from '../../storage/database.js';
import { ERROR_RESPONSES } from '../common-schemas.js';
import { csvText, installCsvBodyParser, MAX_CSV_BYTES } from './csv-upload.js';
import { importBars } from './import-bars.js';
import { BAR_IMPORT_QUERY_SCHEMA, BAR_IMPORT_RESULT_SCHEMA, WATCHLIST_IMPORT_RESULT_SCHEMA } from './import-schemas.js';
import { importWatchlists } from './import-watchlists.js';

/** What the import routes need. */
export interface ImportRoutesOptions {
  readonly database: Database;
  /** Clock for "has this bar closed" (default the system clock). */
  readonly now?: () => number;
}

const NO_QUERY = { type: 'object', additionalProperties: false, properties: {} } as const;
const UPLOAD_RESPONSES = { ...ERROR_RESPONSES, 409: { $ref: 'ErrorBody#' }, 413: { $ref: 'ErrorBody#' }, 415: { $ref: 'ErrorBody#' } } as const;

/** CSV imports: `POST /market-data/bars/import` (traders) and `POST /watchlists/import`, the file as a text/csv body of up to 20 MB. */
export async function importRoutes(app: FastifyInstance, options: ImportRoutesOptions): Promise<void> {
  const { database } = options;
  const now = options.now ?? Date.now;
  installCsvBodyParser(app);

  app.post<{ Querystring: { symbol: string; timeframe: Timeframe } }>(
    '/market-data/bars/import',
    {
      config: { role: 'trader' },
      bodyLimit: MAX_CSV_BYTES,
      schema: {
        tags: ['market-data'],
        summary:
          'Import a CSV file of bars (Content-Type text/csv, up to 20 MB; columns time|date|timestamp, open, high, low, close, volume; ISO dates or epoch s/ms) into the bar store the engine reads. Any invalid row refuses the whole file, naming its line and column',
        querystring: BAR_IMPORT_QUERY_SCHEMA,
        response: { 200: BAR_IMPORT_RESULT_SCHEMA, ...UPLOAD_RESPONSES },
      },
    },
    async (request) => importBars(database, { symbol: request.query.symbol.toUpperCase(), timeframe: request.query.timeframe, text: csvText(request.body), now: now() }),
  );

  app.post(
    '/watchlists/import',
    {
      config: { role: 'viewer' },
      bodyLimit: MAX_CSV_BYTES,
      schema: {
        tags: ['watchlists'],
        summary: 'Create or extend the caller\'s watchlists from a CSV file (Content-Type text/csv) with a symbol column and an optional watchlist column (default "Imported"); unusable rows are skipped with a reason',
        querystring: NO_QUERY,
        response: { 200: WATCHLIST_IMPORT_RESULT_SCHEMA, ...UPLOAD_RESPONSES },
      },
    },
    async (request) => importWatchlists(database, callerOf(request).userId, csvText(request.body)),
  );
}
