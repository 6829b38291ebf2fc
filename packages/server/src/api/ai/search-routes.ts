// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { RetrievalService } from '../../ai/retrieval/retrieval-service.js';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import { RETRIEVAL_KINDS, type RetrievalKind } from '../../storage/schema/embeddings.js';
import { ERROR_RESPONSES } from '../common-schemas.js';
import { SEARCH_RESULTS_SCHEMA } from './search-schemas.js';

/** What the search route needs. */
export interface SearchRoutesOptions {
  readonly retrieval: RetrievalService;
}

const KIND = `(${RETRIEVAL_KINDS.join('|')})`;

/** `/api/v1/ai/search`: the passages of signals, news, backtests and the caller's documents nearest to a question. */
export async function searchRoutes(app: FastifyInstance, options: SearchRoutesOptions): Promise<void> {
  app.get<{ Querystring: { q: string; k: number; kinds?: string } }>(
    '/ai/search',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['ai'],
        summary: "Semantic search over signals' reasoning, news, the caller's backtest reports and documents",
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 1000, description: 'the question or search text' },
            k: { type: 'integer', minimum: 1, maximum: 50, default: 5, description: 'results wanted' },
            kinds: { type: 'string', pattern: `^${KIND}(,${KIND}){0,3}$`, description: `comma-separated kinds searched (default all): ${RETRIEVAL_KINDS.join(', ')}` },
          },
        },
        response: { 200: SEARCH_RESULTS_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { q, k, kinds } = request.query;
      if (q.trim() === '') throw AppError.invalid('query.q', 'must contain some text');
      const chosen = kinds === undefined ? undefined : ([...new Set(kinds.split(','))] as RetrievalKind[]);
      return { items: await options.retrieval.search(q, { userId: callerOf(request).userId, k, kinds: chosen }) };
    },
  );
}
