import type { Citation } from '../../../storage/schema/conversation-messages.js';
import type { ChatTool } from '../chat-tool.js';
import { backtestCitation } from '../citations.js';
import { KNOWLEDGE_KINDS, type KnowledgeHit, type KnowledgeKind, type KnowledgeSearch } from '../knowledge-search.js';
import { ToolArguments } from '../tool-arguments.js';

/** A search of `search_knowledge`. */
export interface KnowledgeQuery {
  readonly query: string;
  readonly kinds?: readonly KnowledgeKind[];
  readonly k: number;
}

/** Longest passage text handed to the model per hit. */
const PASSAGE_CHARS = 800;

function citationOf(hit: KnowledgeHit): Citation {
  if (hit.kind === 'signal') return { kind: 'signal', id: hit.id, title: hit.title, url: `/api/v1/signals/${hit.id}/details` };
  if (hit.kind === 'backtest') return backtestCitation(hit.id, hit.title);
  return { kind: hit.kind, id: hit.id, title: hit.title };
}

/** `search_knowledge`: passages of the user's documents, news, signals' reasoning and backtest reports nearest a question. */
export function searchKnowledgeTool(search: KnowledgeSearch): ChatTool<KnowledgeQuery, readonly KnowledgeHit[]> {
  return {
    name: 'search_knowledge',
    description: "Searches the user's uploaded documents, stored news, signals' reasoning and backtest reports by meaning; returns the closest passages with their kind, id, title and score.",
    parameters: {
      type: 'object',
      additionalProperties: false,
      required: ['query'],
      properties: {
        query: { type: 'string', minLength: 1, maxLength: 500 },
        kinds: { type: 'array', items: { type: 'string', enum: [...KNOWLEDGE_KINDS] }, minItems: 1, maxItems: KNOWLEDGE_KINDS.length },
        k: { type: 'integer', minimum: 1, maximum: 10, description: 'passages to return, default 5' },
      },
    },
    role: 'viewer',
    parse: (raw) => {
      const args = new ToolArguments(raw, 'search_knowledge', ['query', 'kinds', 'k']);
      return {
        query: args.text('query', 500),
        ...(args.has('kinds') ? { kinds: args.choices('kinds', KNOWLEDGE_KINDS, KNOWLEDGE_KINDS.length) } : {}),
        k: args.has('k') ? args.number('k', 1, 10, true) : 5,
      };
    },
    execute: (query, { caller, signal }) => search(query.query, { userId: caller.userId, k: query.k, ...(query.kinds === undefined ? {} : { kinds: query.kinds }), ...(signal === undefined ? {} : { signal }) }),
    present: (hits) => ({
      content: JSON.stringify({ count: hits.length, items: hits.map((hit) => ({ ...hit, text: hit.text.length > PASSAGE_CHARS ? `${hit.text.slice(0, PASSAGE_CHARS)}…` : hit.text })) }),
      citations: hits.map(citationOf),
    }),
    summary: (query) => `search: "${query.query}"`,
  };
}
