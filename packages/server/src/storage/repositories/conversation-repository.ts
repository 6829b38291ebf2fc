import { and, asc, count, desc, eq, isNull, max, sql, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { conversationMessages, type Citation, type MessageRole, type RecordedToolCall } from '../schema/conversation-messages.js';
import { conversations } from '../schema/conversations.js';
import { isUuid } from './is-uuid.js';

/** A stored conversation (without its messages). */
export type Conversation = InferSelectModel<typeof conversations>;

/** A stored message of a conversation. */
export type ConversationMessage = InferSelectModel<typeof conversationMessages>;

/** A message to append to a conversation. */
export interface NewConversationMessage {
  readonly role: MessageRole;
  readonly content: string;
  readonly toolCalls?: readonly RecordedToolCall[];
  readonly citations?: readonly Citation[];
  readonly incomplete?: boolean;
}

/** Rows of `owner`: a user's, or (`null`) the install owner's while accounts are off. */
function ownedBy(owner: string | null): SQL {
  return owner === null ? isNull(conversations.userId) : eq(conversations.userId, owner);
}

/** A user id that cannot own rows (not a UUID): no query is needed to know they have none. */
function impossibleOwner(owner: string | null): boolean {
  return owner !== null && !isUuid(owner);
}

/** An empty list is stored as no list: the API then leaves the field out. */
function listOrNull<T>(values: readonly T[] | undefined): T[] | null {
  return values === undefined || values.length === 0 ? null : [...values];
}

/** AI Lab conversations and their messages, per owner. */
export class ConversationRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Starts a conversation for `owner` unless they already have `limit` conversations (then `null`). Two creations at
   * the very same moment may both pass the count: the limit bounds storage, it is not a security boundary.
   */
  async createWithin(owner: string | null, title: string | null, limit: number): Promise<Conversation | null> {
    if (impossibleOwner(owner)) throw new RangeError(`conversation owner must be a user id (UUID) or null, got ${owner ?? 'null'}`);
    return this.db.transaction(async (tx) => {
      const [held] = await tx.select({ n: count() }).from(conversations).where(ownedBy(owner));
      if ((held?.n ?? 0) >= limit) return null;
      const [row] = await tx.insert(conversations).values({ userId: owner, title }).returning();
      return row;
    });
  }

  /** How many conversations `owner` has. */
  async countFor(owner: string | null): Promise<number> {
    if (impossibleOwner(owner)) return 0;
    const [row] = await this.db.select({ n: count() }).from(conversations).where(ownedBy(owner));
    return row?.n ?? 0;
  }

  /** `owner`'s conversations, the most recently active first. */
  async listFor(owner: string | null, limit: number): Promise<Conversation[]> {
    if (impossibleOwner(owner)) return [];
    return this.db.select().from(conversations).where(ownedBy(owner)).orderBy(desc(conversations.updatedAt), desc(conversations.id)).limit(limit);
  }

  /** The conversation with this id if `owner` owns it, else `null` (another user's answers as a missing one). */
  async ownedBy(owner: string | null, id: string): Promise<Conversation | null> {
    if (!isUuid(id) || impossibleOwner(owner)) return null;
    const [row] = await this.db.select().from(conversations).where(and(eq(conversations.id, id), ownedBy(owner)));
    return row ?? null;
  }

  /** Deletes a conversation `owner` owns, with its messages; false when they have no such conversation. */
  async deleteOwned(owner: string | null, id: string): Promise<boolean> {
    if (!isUuid(id) || impossibleOwner(owner)) return false;
    return (await this.db.delete(conversations).where(and(eq(conversations.id, id), ownedBy(owner))).returning({ id: conversations.id })).length > 0;
  }

  /** Names a conversation that has no title yet; one that has keeps it. */
  async nameIfUntitled(id: string, title: string): Promise<void> {
    if (!isUuid(id)) return;
    await this.db.update(conversations).set({ title }).where(and(eq(conversations.id, id), isNull(conversations.title)));
  }

  /** A conversation's messages in order. */
  async messages(conversationId: string): Promise<ConversationMessage[]> {
    if (!isUuid(conversationId)) return [];
    return this.db.select().from(conversationMessages).where(eq(conversationMessages.conversationId, conversationId)).orderBy(asc(conversationMessages.position));
  }

  /** How many messages a conversation holds. */
  async messageCount(conversationId: string): Promise<number> {
    if (!isUuid(conversationId)) return 0;
    const [row] = await this.db.select({ n: count() }).from(conversationMessages).where(eq(conversationMessages.conversationId, conversationId));
    return row?.n ?? 0;
  }

  /**
   * Appends messages after the conversation's last one, in one transaction holding the conversation's row lock (so
   * writers of one conversation take turns, on any node), and marks the conversation active now. `null` when the
   * conversation no longer exists (deleted meanwhile).
   */
  async append(conversationId: string, messages: readonly NewConversationMessage[]): Promise<ConversationMessage[] | null> {
    if (!isUuid(conversationId)) return null;
    return this.db.transaction(async (tx) => {
      const [conversation] = await tx.select({ id: conversations.id }).from(conversations).where(eq(conversations.id, conversationId)).for('update');
      if (conversation === undefined) return null;
      if (messages.length === 0) return [];
      const [last] = await tx.select({ position: max(conversationMessages.position) }).from(conversationMessages).where(eq(conversationMessages.conversationId, conversationId));
      const first = (last?.position ?? 0) + 1;
      const rows = await tx
        .insert(conversationMessages)
        .values(
          messages.map((message, k) => ({
            conversationId,
            position: first + k,
            role: message.role,
            content: message.content,
            toolCalls: listOrNull(message.toolCalls),
            citations: listOrNull(message.citations),
            incomplete: message.incomplete ?? false,
          })),
        )
        .returning();
      await tx.update(conversations).set({ updatedAt: sql`now()` }).where(eq(conversations.id, conversationId));
      return rows.sort((a, b) => a.position - b.position);
    });
  }
}
