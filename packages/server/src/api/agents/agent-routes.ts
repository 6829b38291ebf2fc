// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { AgentCategory, AgentDefinition, SignalEngine, SymbolClass, Timeframe } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import type { RequestMeta } from '../../security/accounts/request-meta.js';
import { requestMetaOf } from '../auth/request-meta-of.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { AgentSettingsRepository } from '../../storage/repositories/agent-settings-repository.js';
import { AgentStatsRepository } from '../../storage/repositories/agent-stats-repository.js';
import { ERROR_RESPONSES, TIME_SCHEMA, TIMEFRAME_SCHEMA } from '../common-schemas.js';
import { applyConfigPatch, resolveAgentConfig, type AgentConfigPatch } from './agent-config.js';
import { AGENT_CATEGORY_SCHEMA, AGENT_DETAILS_SCHEMA, AGENT_ID_SCHEMA, AGENT_PATCH_SCHEMA, AGENT_SCHEMA, SYMBOL_CLASS_SCHEMA } from './agent-schemas.js';
import { accuracyCells, agentView, type AccuracyScope, type AgentViewSources } from './agent-view.js';

/** An agent's settings after an admin changed them: what the running engine should now use. */
export interface AgentSettingsChange {
  readonly agent: string;
  readonly enabled: boolean;
  /** The full config (defaults with the overrides applied), valid for the agent. */
  readonly config: object;
  /** The stored overrides only. */
  readonly overrides: Record<string, unknown>;
  /** Who changed it (for the audit log): the account, and where the request came from. */
  readonly changedBy: string | null;
  readonly meta: RequestMeta;
}

/** What the agent routes need. */
export interface AgentRoutesOptions {
  readonly database: Database;
  /** The running engine: its registry (agents, config schemas), the agents it runs, and its accuracy tracker. */
  readonly engine: SignalEngine;
  /**
   * Called after a change was stored, before the answer: apply it to the running engine here. A
   * rejection answers 500 (the change stays stored and takes effect at the next start).
   */
  readonly onAgentSettingsChanged?: (change: AgentSettingsChange) => void | Promise<void>;
}

const DEFAULT_HISTORY_POINTS = 1000;

/** `/api/v1/agents/...`: every agent with its settings, accuracy and weights; details with weight history; admin changes. */
export async function agentRoutes(app: FastifyInstance, options: AgentRoutesOptions): Promise<void> {
  const { engine } = options;
  const settings = new AgentSettingsRepository(options.database.db);
  const stats = new AgentStatsRepository(options.database.db);
  const running = new Set(engine.agents.map((agent) => agent.id));
  const configSchemas = new Map<string, object>();
  const tags = ['agents'];

  function definitionOf(id: string): AgentDefinition {
    if (!engine.registry.has(id)) throw AppError.notFound(`no agent ${id}`);
    return engine.registry.get(id);
  }

  function configSchemaOf(definition: AgentDefinition): object {
    let schema = configSchemas.get(definition.id);
    if (schema === undefined) {
      schema = definition.configSchema.toJSONSchema({ io: 'input' });
      configSchemas.set(definition.id, schema);
    }
    return schema;
  }

  function sourcesFor(scope: AccuracyScope): AgentViewSources {
    return { tracker: engine.tracker, cells: accuracyCells(engine.tracker, scope), running };
  }

  app.get<{ Querystring: { category?: AgentCategory; symbolClass?: SymbolClass; timeframe?: Timeframe } }>(
    '/agents',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Every agent with its category, config, enabled state, and measured accuracy and weight per symbol class and timeframe',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { category: AGENT_CATEGORY_SCHEMA, symbolClass: SYMBOL_CLASS_SCHEMA, timeframe: TIMEFRAME_SCHEMA },
        },
        response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: AGENT_SCHEMA } } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { category, ...scope } = request.query;
      const stored = new Map((await settings.list()).map((setting) => [setting.agent, setting]));
      const sources = sourcesFor(scope);
      const definitions = engine.registry.list().filter((definition) => category === undefined || definition.category === category);
      return { items: definitions.map((definition) => agentView(definition, stored.get(definition.id) ?? null, sources)) };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { symbolClass?: SymbolClass; timeframe?: Timeframe; since?: string; limit: number } }>(
    '/agents/:id',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: "An agent with its config schema and its weight history (the newest `limit` points, oldest first)",
        params: { type: 'object', required: ['id'], properties: { id: AGENT_ID_SCHEMA } },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            symbolClass: SYMBOL_CLASS_SCHEMA,
            timeframe: TIMEFRAME_SCHEMA,
            since: { ...TIME_SCHEMA, description: 'only history points at or after this time' },
            limit: { type: 'integer', minimum: 1, maximum: 10_000, default: DEFAULT_HISTORY_POINTS },
          },
        },
        response: { 200: AGENT_DETAILS_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const definition = definitionOf(request.params.id);
      const { symbolClass, timeframe, since, limit } = request.query;
      const points = await stats.history(definition.id, { symbolClass, timeframe, since: since === undefined ? undefined : Date.parse(since) });
      const history = points.slice(-limit).map((point) => ({ ...point, time: new Date(point.time).toISOString() }));
      const view = agentView(definition, await settings.get(definition.id), sourcesFor({ symbolClass, timeframe }));
      return { ...view, configSchema: configSchemaOf(definition), history };
    },
  );

  app.patch<{ Params: { id: string }; Body: { enabled?: boolean; config?: AgentConfigPatch } }>(
    '/agents/:id',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: "Enable or disable an agent, or change its config (checked by the agent's own schema)",
        params: { type: 'object', required: ['id'], properties: { id: AGENT_ID_SCHEMA } },
        body: AGENT_PATCH_SCHEMA,
        response: { 200: AGENT_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const definition = definitionOf(request.params.id);
      const { enabled, config } = request.body;
      const stored = await settings.change(
        definition.id,
        (current) => {
          const overrides = config === undefined ? (current?.config ?? {}) : applyConfigPatch(current?.config ?? {}, config);
          // Only a config change is checked: switching an agent off must work even if its stored config went stale.
          if (config !== undefined) resolveAgentConfig(engine.registry, definition.id, overrides);
          return { enabled: enabled ?? current?.enabled ?? running.has(definition.id), config: overrides };
        },
        callerOf(request).userId,
      );
      const view = agentView(definition, stored, sourcesFor({}));
      await options.onAgentSettingsChanged?.({ agent: definition.id, enabled: view.enabled, config: view.config, overrides: view.overrides, changedBy: callerOf(request).userId, meta: requestMetaOf(request) });
      return view;
    },
  );
}
