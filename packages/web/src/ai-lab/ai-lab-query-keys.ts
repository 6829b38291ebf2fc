/** TanStack Query keys of the AI Lab; everything sits under `ai` so one invalidation can refresh it all. */
export const AI_LAB_QUERY_KEYS = {
  status: ['ai', 'status'] as const,
  conversations: ['ai', 'conversations'] as const,
  conversation: (id: string) => ['ai', 'conversations', id] as const,
  documents: ['ai', 'documents'] as const,
  /** Every search: a document uploaded or deleted changes what they find. */
  searches: ['ai', 'search'] as const,
  search: (query: string) => ['ai', 'search', query] as const,
};
