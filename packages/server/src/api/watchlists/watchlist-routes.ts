// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { Timeframe } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { StorageConflictError } from '../../storage/repositories/storage-conflict-error.js';
import { WatchlistRepository, type Watchlist, type WatchlistFields } from '../../storage/repositories/watchlist-repository.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { distinctValues } from '../distinct-values.js';
import { NEW_WATCHLIST_SCHEMA, WATCHLIST_CHANGES_SCHEMA, WATCHLIST_SCHEMA } from './watchlist-schemas.js';

/** What the watchlist routes need. */
export interface WatchlistRoutesOptions {
  readonly database: Database;
}

interface WatchlistBody {
  readonly name?: string;
  readonly symbols?: readonly string[];
  readonly timeframes?: readonly Timeframe[];
}

/** A watchlist as the API gives it. */
export interface WatchlistView {
  readonly id: string;
  readonly name: string;
  readonly symbols: readonly string[];
  readonly timeframes: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

function viewOf(row: Watchlist): WatchlistView {
  return { id: row.id, name: row.name, symbols: row.symbols, timeframes: row.timeframes, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** A list name without surrounding spaces; blank is refused. */
function nameOf(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw AppError.invalid('body.name', 'must not be blank');
  return trimmed;
}

/** Symbols upper-cased; a repeat is refused, naming it. */
function symbolsOf(symbols: readonly string[]): string[] {
  return distinctValues(symbols.map((symbol) => symbol.toUpperCase()), 'body.symbols');
}

/** The changes a PATCH body asks for, checked beyond the schema like a new list's fields. */
function changesOf(body: WatchlistBody): Partial<WatchlistFields> {
  return {
    ...(body.name === undefined ? {} : { name: nameOf(body.name) }),
    ...(body.symbols === undefined ? {} : { symbols: symbolsOf(body.symbols) }),
    ...(body.timeframes === undefined ? {} : { timeframes: distinctValues(body.timeframes, 'body.timeframes') }),
  };
}

/** Turns the repository's taken-name error into a 409 that names the name. */
function nameTaken(name: string | undefined): (error: unknown) => never {
  return (error) => {
    if (error instanceof StorageConflictError) throw new AppError('GS_ERR_CONFLICT', `you already have a watchlist named "${name ?? '(unchanged)'}"`, [], { cause: error });
    throw error;
  };
}

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } } as const;
const NO_QUERY = { type: 'object', additionalProperties: false, properties: {} } as const;
const RESPONSES = { ...ERROR_RESPONSES, 409: { $ref: 'ErrorBody#' } } as const;

/** `/api/v1/watchlists/...`: the caller's watchlists, whose symbols the scheduler signals on each of their timeframes. */
export async function watchlistRoutes(app: FastifyInstance, options: WatchlistRoutesOptions): Promise<void> {
  const repository = new WatchlistRepository(options.database.db);
  const tags = ['watchlists'];

  app.get(
    '/watchlists',
    {
      config: { role: 'viewer' },
      schema: { tags, summary: "The caller's watchlists, by name", querystring: NO_QUERY, response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: WATCHLIST_SCHEMA } } }, ...ERROR_RESPONSES } },
    },
    async (request) => ({ items: (await repository.listForUser(callerOf(request).userId)).map(viewOf) }),
  );

  app.post<{ Body: { name: string; symbols: string[]; timeframes: Timeframe[] } }>(
    '/watchlists',
    {
      config: { role: 'viewer' },
      schema: { tags, summary: 'Create a watchlist (≤ 200 symbols)', body: NEW_WATCHLIST_SCHEMA, response: { 201: WATCHLIST_SCHEMA, ...RESPONSES } },
    },
    async (request, reply) => {
      const name = nameOf(request.body.name);
      const fields = { name, symbols: symbolsOf(request.body.symbols), timeframes: distinctValues(request.body.timeframes, 'body.timeframes') };
      const created = await repository.create(callerOf(request).userId, fields).catch(nameTaken(name));
      return reply.code(201).send(viewOf(created));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/watchlists/:id',
    { config: { role: 'viewer' }, schema: { tags, summary: "One of the caller's watchlists", params: ID_PARAMS, querystring: NO_QUERY, response: { 200: WATCHLIST_SCHEMA, ...ERROR_RESPONSES } } },
    async (request) => {
      const found = await repository.ownedBy(callerOf(request).userId, request.params.id);
      if (found === null) throw AppError.notFound(`no watchlist ${request.params.id}`);
      return viewOf(found);
    },
  );

  app.patch<{ Params: { id: string }; Body: WatchlistBody }>(
    '/watchlists/:id',
    {
      config: { role: 'viewer' },
      schema: { tags, summary: 'Rename a watchlist or replace its symbols or timeframes', params: ID_PARAMS, body: WATCHLIST_CHANGES_SCHEMA, response: { 200: WATCHLIST_SCHEMA, ...RESPONSES } },
    },
    async (request) => {
      const fields = changesOf(request.body);
      const updated = await repository.updateOwned(callerOf(request).userId, request.params.id, fields).catch(nameTaken(fields.name));
      if (updated === null) throw AppError.notFound(`no watchlist ${request.params.id}`);
      return viewOf(updated);
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/watchlists/:id',
    { config: { role: 'viewer' }, schema: { tags, summary: 'Delete a watchlist', params: ID_PARAMS, response: { 204: { type: 'null', description: 'deleted' }, ...ERROR_RESPONSES } } },
    async (request, reply) => {
      if (!(await repository.deleteOwned(callerOf(request).userId, request.params.id))) throw AppError.notFound(`no watchlist ${request.params.id}`);
      return reply.code(204).send();
    },
  );
}
