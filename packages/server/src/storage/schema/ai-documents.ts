import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { users } from './users.js';

/** Media types a document may be uploaded as. */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'text/csv', 'text/plain', 'text/markdown'] as const;

/** The media type of an uploaded document. */
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

/** Documents users uploaded for retrieval; their text lives in `embeddings` as chunks, the file itself is not kept. */
export const aiDocuments = pgTable(
  'ai_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `null`: the owner of an install without accounts. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contentType: text('content_type').$type<DocumentContentType>().notNull(),
    bytes: integer('bytes').notNull(),
    chunks: integer('chunks').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('ai_documents_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    check('ai_documents_content_type_check', checkIn(t.contentType, DOCUMENT_CONTENT_TYPES)),
    check('ai_documents_counts_check', sql`${t.bytes} >= 0 AND ${t.chunks} >= 0`),
  ],
);
