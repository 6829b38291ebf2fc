// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { RiskLevel } from '@goldensignals/engine';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { AutoFollowRepository, type AutoFollowDecision, type AutoFollowSettings, type AutoFollowSettingsInput } from '../../storage/repositories/auto-follow-repository.js';
import { PortfolioRepository, type Portfolio } from '../../storage/repositories/portfolio-repository.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { distinctValues } from '../distinct-values.js';
import { AUTO_FOLLOW_DECISIONS_SCHEMA, AUTO_FOLLOW_SETTINGS_INPUT_SCHEMA, AUTO_FOLLOW_SETTINGS_SCHEMA } from './auto-follow-schemas.js';

/** What the auto-follow routes need. */
export interface AutoFollowRoutesOptions {
  readonly database: Database;
}

/** Auto-follow settings as the API gives them. */
export interface AutoFollowSettingsView extends AutoFollowSettingsInput {
  readonly portfolioId: string;
  readonly updatedAt: string | null;
}

/** A decision as the API gives it. */
export interface AutoFollowDecisionView {
  readonly id: string;
  readonly portfolioId: string;
  readonly signalId: string;
  readonly symbol: string;
  readonly action: AutoFollowDecision['action'];
  readonly outcome: AutoFollowDecision['outcome'];
  readonly reason: string;
  readonly orderId: string | null;
  readonly createdAt: string;
}

function settingsView(settings: AutoFollowSettings): AutoFollowSettingsView {
  return { ...settings, updatedAt: settings.updatedAt?.toISOString() ?? null };
}

function decisionView(row: AutoFollowDecision): AutoFollowDecisionView {
  const { id, portfolioId, signalId, symbol, action, outcome, reason, orderId } = row;
  return { id, portfolioId, signalId, symbol, action, outcome, reason, orderId, createdAt: row.createdAt.toISOString() };
}

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } } as const;
const config = { role: 'trader' } as const;
const tags = ['portfolios'];

/** `/api/v1/portfolios/:id/auto-follow...`: the owner's auto-follow settings of a paper portfolio and what auto-follow decided. */
export async function autoFollowRoutes(app: FastifyInstance, options: AutoFollowRoutesOptions): Promise<void> {
  const portfolios = new PortfolioRepository(options.database.db);
  const repository = new AutoFollowRepository(options.database.db);

  // As in the portfolio routes: another user's portfolio answers exactly as a missing one.
  async function owned(request: FastifyRequest, id: string): Promise<Portfolio> {
    const portfolio = await portfolios.byId(id);
    if (portfolio === null || portfolio.userId !== callerOf(request).userId) throw AppError.notFound(`no portfolio ${id}`);
    return portfolio;
  }

  app.get<{ Params: { id: string } }>(
    '/portfolios/:id/auto-follow',
    {
      config,
      schema: { tags, summary: "A portfolio's auto-follow settings (the defaults, auto-follow off, until saved)", params: ID_PARAMS, response: { 200: AUTO_FOLLOW_SETTINGS_SCHEMA, ...ERROR_RESPONSES } },
    },
    async (request) => settingsView(await repository.settings((await owned(request, request.params.id)).id)),
  );

  app.put<{ Params: { id: string }; Body: AutoFollowSettingsInput }>(
    '/portfolios/:id/auto-follow',
    {
      config,
      schema: {
        tags,
        summary: 'Set auto-follow: when enabled, every new signal the settings accept is traded in the portfolio by the paper broker',
        params: ID_PARAMS,
        body: AUTO_FOLLOW_SETTINGS_INPUT_SCHEMA,
        response: { 200: AUTO_FOLLOW_SETTINGS_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const portfolio = await owned(request, request.params.id);
      const body = request.body;
      const symbols = distinctValues(
        body.symbols.map((symbol) => symbol.toUpperCase()),
        'body.symbols',
      );
      const riskLevels = distinctValues<RiskLevel>(body.riskLevels, 'body.riskLevels');
      return settingsView(await repository.saveSettings(portfolio.id, { ...body, symbols, riskLevels }));
    },
  );

  app.get<{ Params: { id: string }; Querystring: { limit: number } }>(
    '/portfolios/:id/auto-follow/decisions',
    {
      config,
      schema: {
        tags,
        summary: "Auto-follow's decisions for a portfolio (orders placed, signals skipped and why), newest first",
        params: ID_PARAMS,
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } } },
        response: { 200: AUTO_FOLLOW_DECISIONS_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const portfolio = await owned(request, request.params.id);
      return { decisions: (await repository.decisions(portfolio.id, request.query.limit)).map(decisionView) };
    },
  );
}
