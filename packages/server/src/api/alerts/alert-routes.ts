// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { parseQuietHours } from '../../alerts/quiet-hours.js';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { AlertRepository, type Alert, type AlertChanges } from '../../storage/repositories/alert-repository.js';
import type { QuietHours } from '../../storage/schema/alerts.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { distinctValues } from '../distinct-values.js';
import { parseAlertCondition } from '../../alerts/alert-conditions.js';
import { ALERT_CHANGES_SCHEMA, ALERT_SCHEMA, ALERT_SYMBOL_SCHEMA, NEW_ALERT_SCHEMA } from './alert-schemas.js';
import { alertTriggerRoutes } from './alert-trigger-routes.js';
import { checkRuleScope } from './rule-scope.js';

/** What the alert routes need. */
export interface AlertRoutesOptions {
  readonly database: Database;
}

interface AlertBody {
  readonly symbol?: string;
  readonly kind?: string;
  readonly params?: Record<string, unknown>;
  readonly channels?: readonly string[];
  readonly active?: boolean;
  readonly name?: string | null;
  readonly quietHours?: QuietHours | null;
  readonly maxPerHour?: number | null;
}

/** An alert rule as the API gives it. */
export interface AlertView {
  readonly id: string;
  readonly name: string | null;
  readonly symbol: string;
  readonly kind: string;
  readonly params: Record<string, unknown>;
  readonly channels: readonly string[];
  readonly active: boolean;
  readonly quietHours: QuietHours | null;
  readonly maxPerHour: number | null;
  readonly lastTriggeredAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function viewOf(row: Alert): AlertView {
  return {
    id: row.id,
    name: row.name,
    symbol: row.symbol,
    kind: row.kind,
    params: row.params,
    channels: row.channels,
    active: row.active,
    quietHours: row.quietHours,
    maxPerHour: row.maxPerHour,
    lastTriggeredAt: row.lastTriggeredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function notFound(id: string): AppError {
  return AppError.notFound(`no alert ${id}`);
}

/** A new kind keeps the alert's params when they fit it (price_above to price_below); otherwise the body must bring params. */
function keptCondition(current: Alert, kind: string): Record<string, unknown> {
  try {
    return parseAlertCondition(kind, current.params, 'params');
  } catch (error) {
    if (!(error instanceof AppError) || error.problems.some((problem) => problem.field === 'body.kind')) throw error;
    throw AppError.invalid('body.params', `is required to change kind from ${current.kind} to ${kind}: the current params do not fit (${error.problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')})`);
  }
}

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } } as const;
const RESPONSES = { ...ERROR_RESPONSES, 403: { $ref: 'ErrorBody#' } } as const;

/** A name as stored: trimmed, and none when blank. */
function nameOf(name: string | null): string | null {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Quiet hours as stored: checked, their time zone canonical; `null` stays none. */
function quietHoursOf(value: QuietHours | null): QuietHours | null {
  return value === null ? null : parseQuietHours(value, 'body.quietHours');
}

/** `/api/v1/alerts/...`: the caller's alert rules and what they fired. */
export async function alertRoutes(app: FastifyInstance, options: AlertRoutesOptions): Promise<void> {
  const repository = new AlertRepository(options.database.db);
  const tags = ['alerts'];

  app.get<{ Querystring: { symbol?: string; active?: boolean } }>(
    '/alerts',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: "The caller's alert rules, oldest first",
        querystring: { type: 'object', additionalProperties: false, properties: { symbol: ALERT_SYMBOL_SCHEMA, active: { type: 'boolean' } } },
        response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: ALERT_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { symbol, active } = request.query;
      const rows = await repository.listForUser(callerOf(request).userId, { symbol: symbol?.toUpperCase(), active });
      return { items: rows.map(viewOf) };
    },
  );

  app.post<{
    Body: { symbol: string; kind: string; params: Record<string, unknown>; channels: string[]; active: boolean; name: string | null; quietHours: QuietHours | null; maxPerHour: number | null };
  }>(
    '/alerts',
    {
      config: { role: 'trader' },
      schema: { tags, summary: 'Create an alert rule on a symbol (or * for every symbol)', body: NEW_ALERT_SCHEMA, response: { 201: ALERT_SCHEMA, ...RESPONSES } },
    },
    async (request, reply) => {
      const { symbol, kind, params, channels, active, name, quietHours, maxPerHour } = request.body;
      const caller = callerOf(request);
      checkRuleScope(caller, kind, symbol.toUpperCase());
      const created = await repository.create({
        userId: caller.userId,
        symbol: symbol.toUpperCase(),
        kind,
        params: parseAlertCondition(kind, params),
        channels: distinctValues(channels, 'body.channels'),
        active,
        name: nameOf(name),
        quietHours: quietHoursOf(quietHours),
        maxPerHour,
      });
      return reply.code(201).send(viewOf(created));
    },
  );

  app.patch<{ Params: { id: string }; Body: AlertBody }>(
    '/alerts/:id',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: 'Activate or deactivate an alert rule, or edit it (params replace the old ones whole)',
        params: ID_PARAMS,
        body: ALERT_CHANGES_SCHEMA,
        response: { 200: ALERT_SCHEMA, ...RESPONSES },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const owner = caller.userId;
      const { symbol, kind, params, channels, active, name, quietHours, maxPerHour } = request.body;
      const current = await repository.ownedBy(owner, request.params.id);
      if (current === null) throw notFound(request.params.id);
      checkRuleScope(caller, kind ?? current.kind, symbol?.toUpperCase() ?? current.symbol);
      const changes: AlertChanges = {
        ...(symbol === undefined ? {} : { symbol: symbol.toUpperCase() }),
        ...(channels === undefined ? {} : { channels: distinctValues(channels, 'body.channels') }),
        ...(active === undefined ? {} : { active }),
        ...(name === undefined ? {} : { name: nameOf(name) }),
        ...(quietHours === undefined ? {} : { quietHours: quietHoursOf(quietHours) }),
        ...(maxPerHour === undefined ? {} : { maxPerHour }),
      };
      let condition: AlertChanges = {};
      if (kind !== undefined || params !== undefined) {
        const nextKind = kind ?? current.kind;
        // The kind is written with the params it was checked against, so a concurrent edit cannot pair them wrongly.
        condition = { kind: nextKind, params: params === undefined ? keptCondition(current, nextKind) : parseAlertCondition(nextKind, params) };
      }
      const updated = await repository.updateOwned(owner, request.params.id, { ...changes, ...condition });
      if (updated === null) throw notFound(request.params.id);
      return viewOf(updated);
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/alerts/:id',
    { config: { role: 'trader' }, schema: { tags, summary: 'Delete an alert rule', params: ID_PARAMS, response: { 204: { type: 'null', description: 'deleted' }, ...ERROR_RESPONSES } } },
    async (request, reply) => {
      if (!(await repository.deleteOwned(callerOf(request).userId, request.params.id))) throw notFound(request.params.id);
      return reply.code(204).send();
    },
  );

  await app.register(alertTriggerRoutes, { database: options.database });
}
