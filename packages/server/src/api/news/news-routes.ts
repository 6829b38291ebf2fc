// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../storage/database.js';
import { MAX_NEWS_PAGE, NewsRepository, type StoredNewsItem } from '../../storage/repositories/news-repository.js';
import { NEWS_KINDS, type NewsKind } from '../../storage/schema/news-items.js';
import { ERROR_RESPONSES, SYMBOL_SCHEMA } from '../common-schemas.js';
import { NEWS_PAGE_SCHEMA } from './news-schemas.js';

/** What the news routes need. */
export interface NewsRoutesOptions {
  readonly database: Database;
}

/** A stored news item as the API gives it. */
export interface NewsItemView {
  readonly id: string;
  readonly symbol: string;
  readonly kind: NewsKind;
  readonly title: string;
  readonly summary: string | null;
  readonly url: string | null;
  readonly publisher: string;
  readonly source: string;
  readonly publishedAt: string;
  readonly fetchedAt: string;
  readonly simulated: boolean;
  readonly sentiment: { readonly label: string; readonly score: number; readonly confidence: number; readonly scorer: string };
}

function viewOf(item: StoredNewsItem): NewsItemView {
  return {
    id: item.id,
    symbol: item.symbol,
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    url: item.url,
    publisher: item.publisher,
    source: item.source,
    publishedAt: new Date(item.publishedAt).toISOString(),
    fetchedAt: new Date(item.fetchedAt).toISOString(),
    simulated: item.simulated,
    sentiment: { ...item.sentiment, scorer: item.scorerId },
  };
}

/**
 * `GET /api/v1/news`: stored news with the sentiment the configured scorer gave each headline; `kind=social` lists
 * social posts and `kind=earnings_call` earnings-call passages instead.
 */
export async function newsRoutes(app: FastifyInstance, options: NewsRoutesOptions): Promise<void> {
  const repository = new NewsRepository(options.database.db);

  app.get<{ Querystring: { symbol?: string; kind: NewsKind; cursor?: string; limit: number } }>(
    '/news',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['news'],
        summary: 'Stored news (or social posts, or earnings-call passages) of a symbol or of every symbol, newest first, each scored for sentiment',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            symbol: SYMBOL_SCHEMA,
            kind: { type: 'string', enum: [...NEWS_KINDS], default: 'news', description: 'news (default), social or earnings_call' },
            cursor: { type: 'string', maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: MAX_NEWS_PAGE, default: 50 },
          },
        },
        response: { 200: NEWS_PAGE_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { symbol, kind, cursor, limit } = request.query;
      const page = await repository.list(symbol === undefined ? null : symbol.toUpperCase(), cursor ?? null, limit, kind);
      return { items: page.items.map(viewOf), nextCursor: page.nextCursor };
    },
  );
}
