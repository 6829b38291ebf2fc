import { NEWS_KINDS, SENTIMENT_LABELS } from '../../storage/schema/news-items.js';
import { TIME_SCHEMA } from '../common-schemas.js';

const nullableString = { type: ['string', 'null'] } as const;

/** A stored news item as the API gives it. */
export const NEWS_ITEM_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'symbol', 'kind', 'title', 'summary', 'url', 'publisher', 'source', 'publishedAt', 'fetchedAt', 'simulated', 'sentiment'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    symbol: { type: 'string' },
    kind: { type: 'string', enum: [...NEWS_KINDS], description: 'news, a social post, or a passage of an earnings-call transcript (its title is what was said)' },
    title: { type: 'string' },
    summary: nullableString,
    url: nullableString,
    publisher: { type: 'string' },
    source: { type: 'string', description: 'provider id (yahoo, finnhub, polygon, alphavantage, simulator), rss, social, or upload (a transcript uploaded by a user)' },
    publishedAt: TIME_SCHEMA,
    fetchedAt: { ...TIME_SCHEMA, description: 'when it was stored' },
    simulated: { type: 'boolean', description: 'true for articles made up by the market simulator' },
    sentiment: {
      type: 'object',
      additionalProperties: false,
      required: ['label', 'score', 'confidence', 'scorer'],
      properties: {
        label: { type: 'string', enum: [...SENTIMENT_LABELS] },
        score: { type: 'number', minimum: -1, maximum: 1, description: 'polarity, -1 very negative .. +1 very positive' },
        confidence: { type: 'number', minimum: 0, maximum: 1 },
        scorer: { type: 'string', description: 'id of the sentiment scorer that scored the headline' },
      },
    },
  },
} as const;

/** A page of news. */
export const NEWS_PAGE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['items', 'nextCursor'],
  properties: {
    items: { type: 'array', items: NEWS_ITEM_SCHEMA },
    nextCursor: { type: ['string', 'null'], description: 'pass as `cursor` for the next page; null on the last' },
  },
} as const;
