import { RETRIEVAL_KINDS } from '../../storage/schema/embeddings.js';

/** The answer of `GET /api/v1/ai/search`. */
export const SEARCH_RESULTS_SCHEMA = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'id', 'title', 'text', 'score'],
        properties: {
          kind: { type: 'string', enum: [...RETRIEVAL_KINDS] },
          id: { type: 'string', description: 'id of the signal, news item, backtest or document' },
          title: { type: 'string' },
          text: { type: 'string', description: 'the passage that matched' },
          score: { type: 'number', description: 'cosine similarity to the question (1 = same direction)' },
        },
      },
    },
  },
} as const;
