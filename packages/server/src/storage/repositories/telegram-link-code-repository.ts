import { eq, lte, sql, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { telegramLinkCodes } from '../schema/telegram-link-codes.js';

/** A stored link code (only its digest is kept). */
export type TelegramLinkCode = InferSelectModel<typeof telegramLinkCodes>;

/** The one-time codes that link a Telegram chat to an account. */
export class TelegramLinkCodeRepository {
  constructor(private readonly db: Queryable) {}

  /** Stores a user's new code (`null`: the install owner's), replacing the one they had. */
  async replace(userId: string | null, codeHash: string, expiresAt: Date): Promise<TelegramLinkCode> {
    const [row] = await this.db
      .insert(telegramLinkCodes)
      .values({ userId, codeHash, expiresAt })
      .onConflictDoUpdate({ target: telegramLinkCodes.userId, set: { codeHash, expiresAt, createdAt: sql`now()` } })
      .returning();
    return row;
  }

  /**
   * Takes the code with this digest out of the table and returns it, expired or not (`null` when there is none):
   * whoever gets it back is the only one to, so a code works once even when two chats send it at the same moment.
   */
  async consume(codeHash: string): Promise<TelegramLinkCode | null> {
    const [row] = await this.db.delete(telegramLinkCodes).where(eq(telegramLinkCodes.codeHash, codeHash)).returning();
    return row ?? null;
  }

  /** Deletes codes that expired at or before `now`; resolves to how many. */
  async deleteExpired(now: Date): Promise<number> {
    return (await this.db.delete(telegramLinkCodes).where(lte(telegramLinkCodes.expiresAt, now)).returning({ id: telegramLinkCodes.id })).length;
  }
}
