import { count, eq, isNull, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { telegramLinks } from '../schema/telegram-links.js';
import { users, type UserRole } from '../schema/users.js';
import { isUuid } from './is-uuid.js';

/** A Telegram chat linked to an account. */
export type TelegramLink = InferSelectModel<typeof telegramLinks>;

/** A link to store. */
export interface NewTelegramLink {
  readonly userId: string | null;
  readonly chatId: string;
  readonly username: string | null;
  readonly channelId: string | null;
}

/** A linked chat and the account behind it as it is now; the account fields are `null` for the install owner. */
export interface TelegramLinkAccount {
  readonly link: TelegramLink;
  readonly email: string | null;
  readonly role: UserRole | null;
  readonly disabled: boolean;
  /** Accounts on the install: the owner's link (no user) stands only while there are none. */
  readonly accounts: number;
}

/** Rows of `owner`: a user's, or (`null`) the install owner's while accounts are off. */
function ownedBy(owner: string | null): SQL {
  return owner === null ? isNull(telegramLinks.userId) : eq(telegramLinks.userId, owner);
}

/** Telegram chats linked to accounts: one chat per user, one user per chat. */
export class TelegramLinkRepository {
  constructor(private readonly db: Queryable) {}

  /** Stores a link; the chat or user already linked is a unique violation (`telegram_links_chat_key`, `telegram_links_user_key`). */
  async create(input: NewTelegramLink): Promise<TelegramLink> {
    const [row] = await this.db.insert(telegramLinks).values({ userId: input.userId, chatId: input.chatId, username: input.username, channelId: input.channelId }).returning();
    return row;
  }

  /** The chat a user linked (`null` owner: the install owner's), or `null`. */
  async byUser(owner: string | null): Promise<TelegramLink | null> {
    if (owner !== null && !isUuid(owner)) return null;
    const [row] = await this.db.select().from(telegramLinks).where(ownedBy(owner));
    return row ?? null;
  }

  /** The link of a chat, or `null`. */
  async byChat(chatId: string): Promise<TelegramLink | null> {
    const [row] = await this.db.select().from(telegramLinks).where(eq(telegramLinks.chatId, chatId));
    return row ?? null;
  }

  /** The link of a chat with its account's current role and state, or `null` when the chat is not linked. */
  async accountOfChat(chatId: string): Promise<TelegramLinkAccount | null> {
    const [row] = await this.db
      .select({ link: telegramLinks, email: users.email, role: users.role, disabled: users.disabled })
      .from(telegramLinks)
      .leftJoin(users, eq(users.id, telegramLinks.userId))
      .where(eq(telegramLinks.chatId, chatId));
    if (row === undefined) return null;
    const accounts = row.link.userId === null ? (await this.db.select({ n: count() }).from(users))[0].n : 1;
    return { link: row.link, email: row.email, role: row.role, disabled: row.disabled ?? false, accounts };
  }

  /** Deletes a user's link; the deleted link, or `null` when they had none. */
  async deleteByUser(owner: string | null): Promise<TelegramLink | null> {
    if (owner !== null && !isUuid(owner)) return null;
    const [row] = await this.db.delete(telegramLinks).where(ownedBy(owner)).returning();
    return row ?? null;
  }
}
