import { and, desc, eq, isNull, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { aiDocuments, type DocumentContentType } from '../schema/ai-documents.js';
import { isUuid } from './is-uuid.js';

/** A stored document's record (its passages are in `embeddings`). */
export type AiDocument = InferSelectModel<typeof aiDocuments>;

/** What is recorded of an uploaded document. */
export interface NewAiDocument {
  /** `null`: the owner of an install without accounts. */
  readonly userId: string | null;
  readonly name: string;
  readonly contentType: DocumentContentType;
  readonly bytes: number;
  readonly chunks: number;
}

function ownedBy(userId: string | null): SQL {
  return userId === null ? isNull(aiDocuments.userId) : eq(aiDocuments.userId, userId);
}

/** A user id that cannot own rows (not a UUID): no query is needed to know they have none. */
function impossibleOwner(userId: string | null): boolean {
  return userId !== null && !isUuid(userId);
}

/** Uploaded documents, each visible to its owner only. */
export class DocumentRepository {
  constructor(private readonly db: Queryable) {}

  /** Records a document. */
  async create(document: NewAiDocument): Promise<AiDocument> {
    const [row] = await this.db.insert(aiDocuments).values({ ...document }).returning();
    return row;
  }

  /** A user's documents, newest first. */
  async listForUser(userId: string | null, limit = 200): Promise<AiDocument[]> {
    if (impossibleOwner(userId)) return [];
    return this.db.select().from(aiDocuments).where(ownedBy(userId)).orderBy(desc(aiDocuments.createdAt), desc(aiDocuments.id)).limit(limit);
  }

  /** The document with this id when `userId` owns it, else `null` (another user's document is as good as missing). */
  async byIdForUser(id: string, userId: string | null): Promise<AiDocument | null> {
    if (!isUuid(id) || impossibleOwner(userId)) return null;
    const [row] = await this.db.select().from(aiDocuments).where(and(eq(aiDocuments.id, id), ownedBy(userId)));
    return row ?? null;
  }

  /** Deletes a user's document and (by cascade) its passages; false when they own no such document. */
  async delete(id: string, userId: string | null): Promise<boolean> {
    if (!isUuid(id) || impossibleOwner(userId)) return false;
    const rows = await this.db.delete(aiDocuments).where(and(eq(aiDocuments.id, id), ownedBy(userId))).returning({ id: aiDocuments.id });
    return rows.length > 0;
  }
}
