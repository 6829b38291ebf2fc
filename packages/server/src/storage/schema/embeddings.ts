import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, real, text, unique, uuid } from 'drizzle-orm/pg-core';
import { aiDocuments } from './ai-documents.js';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { users } from './users.js';

/** What an embedded passage comes from. */
export const RETRIEVAL_KINDS = ['signal', 'document', 'news', 'backtest'] as const;

/** The kind of an embedded passage. */
export type RetrievalKind = (typeof RETRIEVAL_KINDS)[number];

/** Kinds every account may read (signals and news are shared); documents and backtests belong to their owner. */
export const SHARED_RETRIEVAL_KINDS: readonly RetrievalKind[] = ['signal', 'news'];

/**
 * Embedded passages (chunks) of signals, news, backtest reports and documents. Every row names the
 * model that embedded it and its dimensions, so vectors of different models are never compared; the
 * vector is a `real[]` on every engine, and where pgvector is installed an HNSW index over
 * `embedding::vector(N)` (one per dimension count in use) serves nearest-neighbour search.
 */
export const embeddings = pgTable(
  'embeddings',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').$type<RetrievalKind>().notNull(),
    /** Id of the signal, news item, backtest or document the passage comes from. */
    sourceId: text('source_id').notNull(),
    /** Position of the passage in its source. */
    chunk: integer('chunk').notNull().default(0),
    /** Owner of a document or backtest (`null`: the owner of an install without accounts); unused for shared kinds. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id').references(() => aiDocuments.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    content: text('content').notNull(),
    /** `<source>:<model>` of the embedder, e.g. `hashing:goldensignals-hashing-v1`. */
    model: text('model').notNull(),
    dimensions: integer('dimensions').notNull(),
    embedding: real('embedding').array().notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('embeddings_source_key').on(t.model, t.kind, t.sourceId, t.chunk),
    index('embeddings_document_idx').on(t.documentId),
    index('embeddings_user_idx').on(t.userId),
    check('embeddings_kind_check', checkIn(t.kind, RETRIEVAL_KINDS)),
    check('embeddings_dimensions_check', sql`${t.dimensions} BETWEEN 1 AND 16000 AND cardinality(${t.embedding}) = ${t.dimensions}`),
    check('embeddings_chunk_check', sql`${t.chunk} >= 0`),
  ],
);
