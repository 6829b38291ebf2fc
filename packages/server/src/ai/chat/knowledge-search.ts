/** What retrieval can search over. */
export const KNOWLEDGE_KINDS = ['signal', 'document', 'news', 'backtest'] as const;

/** One of {@link KNOWLEDGE_KINDS}. */
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

/** A passage retrieval found, best first. */
export interface KnowledgeHit {
  readonly kind: KnowledgeKind;
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** Similarity; higher is closer. */
  readonly score: number;
}

/**
 * Retrieval's search (H7's `search(query, { userId, k, kinds })`): documents are the user's own, the rest follow
 * their usual visibility.
 */
export type KnowledgeSearch = (
  query: string,
  options: { readonly userId: string | null; readonly k: number; readonly kinds?: readonly KnowledgeKind[]; readonly signal?: AbortSignal },
) => Promise<readonly KnowledgeHit[]>;
