import type { Database, Transaction } from '../storage/database.js';
import { ChannelRepository } from '../storage/repositories/channel-repository.js';
import { TelegramLinkCodeRepository } from '../storage/repositories/telegram-link-code-repository.js';
import { TelegramLinkRepository, type TelegramLink } from '../storage/repositories/telegram-link-repository.js';
import { uniqueViolation } from '../storage/repositories/unique-violation.js';
import { UserRepository } from '../storage/repositories/user-repository.js';
import type { UserRole } from '../storage/schema/users.js';
import { hashLinkCode, LINK_CODE_TTL_MS, newLinkCode, normalizeLinkCode } from './link-code.js';

/** A link code as its user gets it: shown once, only its digest is stored. */
export interface IssuedLinkCode {
  /** As shown: `7KQ2M-9XDPA`. */
  readonly code: string;
  readonly expiresAt: Date;
}

/** The Telegram side of a link: the private chat and its user's @username. */
export interface TelegramChat {
  readonly chatId: string;
  readonly username: string | null;
}

/** The account a chat acts for: its user (`null`: the install owner) and current role. */
export interface LinkedAccount {
  readonly userId: string | null;
  readonly role: UserRole;
  /** How replies name the account: its e-mail address, or "this install" for the owner. */
  readonly label: string;
}

/** What `/link CODE` came to. */
export type LinkOutcome =
  | { readonly status: 'linked'; readonly link: TelegramLink; readonly account: LinkedAccount }
  /** Not a code, never issued, already used or replaced by a newer one. */
  | { readonly status: 'unknown-code' }
  | { readonly status: 'expired-code' }
  /** The chat is linked to another account; the code stays usable (after `/unlink` here). */
  | { readonly status: 'chat-taken' }
  | { readonly status: 'account-disabled' };

/** Thrown inside the linking transaction to roll it back (the code is then not used up) with an outcome. */
class LinkRefused extends Error {
  constructor(readonly outcome: LinkOutcome) {
    super(outcome.status);
  }
}

/** The name of the notification channel a link makes. */
export function linkedChannelName(chat: TelegramChat): string {
  return chat.username === null ? `Telegram (chat ${chat.chatId})` : `Telegram (@${chat.username})`;
}

const OWNER_LABEL = 'this GoldenSignals install';

/**
 * Links Telegram chats to accounts with one-time codes, and keeps each link's notification channel: a `telegram`
 * channel of the user holding only the chat id (the server's bot token is the sender's, never copied into the
 * database), created or updated on linking and deleted on unlinking.
 */
export class TelegramLinking {
  constructor(
    private readonly database: Database,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new code for a user (`null`: the install owner), valid ten minutes; it replaces the user's older code. */
  async issueCode(userId: string | null): Promise<IssuedLinkCode> {
    const code = newLinkCode();
    const now = this.now();
    const expiresAt = new Date(now + LINK_CODE_TTL_MS);
    const canonical = normalizeLinkCode(code);
    if (canonical === null) throw new Error(`a new link code does not read back: ${code}`);
    await this.database.transaction(async (tx) => {
      const codes = new TelegramLinkCodeRepository(tx);
      // Housekeeping: nobody can use them any more.
      await codes.deleteExpired(new Date(now));
      await codes.replace(userId, hashLinkCode(canonical), expiresAt);
    });
    return { code, expiresAt };
  }

  /**
   * Links `chat` to the account whose code `codeText` is. The code is used up whatever happens next, except when the
   * chat is another account's (then it stays usable, so the user can `/unlink` there and try again). A user already
   * linked elsewhere moves to this chat, keeping their channel.
   */
  async link(codeText: string, chat: TelegramChat): Promise<LinkOutcome> {
    const canonical = normalizeLinkCode(codeText);
    if (canonical === null) return { status: 'unknown-code' };
    try {
      return await this.database.transaction((tx) => this.linkIn(tx, hashLinkCode(canonical), chat));
    } catch (error) {
      if (error instanceof LinkRefused) return error.outcome;
      // Another account linked this chat at the same moment.
      if (uniqueViolation(error) === 'telegram_links_chat_key') return { status: 'chat-taken' };
      throw error;
    }
  }

  /** Unlinks a user's chat and deletes its channel; false when they had no link. */
  async unlinkUser(userId: string | null): Promise<boolean> {
    return this.database.transaction(async (tx) => {
      const removed = await new TelegramLinkRepository(tx).deleteByUser(userId);
      if (removed === null) return false;
      if (removed.channelId !== null) await new ChannelRepository(tx).deleteOwned(removed.userId, removed.channelId);
      return true;
    });
  }

  /** Unlinks a chat (`/unlink` in it); false when it was not linked. */
  async unlinkChat(chatId: string): Promise<boolean> {
    const link = await new TelegramLinkRepository(this.database.db).byChat(chatId);
    return link !== null && (await this.unlinkUser(link.userId));
  }

  /** The chat a user linked, or `null`. */
  linkOfUser(userId: string | null): Promise<TelegramLink | null> {
    return new TelegramLinkRepository(this.database.db).byUser(userId);
  }

  /**
   * The account a chat acts for, or `null` when it has none: not linked, the account disabled, or linked by the
   * install owner before accounts were turned on (that link no longer names anyone; link again from an account).
   */
  async accountOfChat(chatId: string): Promise<LinkedAccount | null> {
    const found = await new TelegramLinkRepository(this.database.db).accountOfChat(chatId);
    if (found === null || found.disabled) return null;
    if (found.link.userId === null) return found.accounts === 0 ? { userId: null, role: 'admin', label: OWNER_LABEL } : null;
    return found.role === null ? null : { userId: found.link.userId, role: found.role, label: found.email ?? found.link.userId };
  }

  private async linkIn(tx: Transaction, codeHash: string, chat: TelegramChat): Promise<LinkOutcome> {
    const code = await new TelegramLinkCodeRepository(tx).consume(codeHash);
    if (code === null) return { status: 'unknown-code' };
    if (code.expiresAt.getTime() <= this.now()) return { status: 'expired-code' };
    const userId = code.userId;
    let label = OWNER_LABEL;
    let role: UserRole = 'admin';
    if (userId !== null) {
      const user = await new UserRepository(tx).byId(userId);
      if (user === null || user.disabled) return { status: 'account-disabled' };
      label = user.email;
      role = user.role;
    }
    const links = new TelegramLinkRepository(tx);
    const ofChat = await links.byChat(chat.chatId);
    if (ofChat !== null && ofChat.userId !== userId) throw new LinkRefused({ status: 'chat-taken' });
    const previous = await links.deleteByUser(userId);
    const channelId = await this.keepChannel(tx, userId, previous?.channelId ?? null, chat);
    const link = await links.create({ userId, chatId: chat.chatId, username: chat.username, channelId });
    return { status: 'linked', link, account: { userId, role, label } };
  }

  /** Points the user's linked channel (kept from an earlier link, or new) at `chat`, enabled; its id. */
  private async keepChannel(tx: Transaction, userId: string | null, channelId: string | null, chat: TelegramChat): Promise<string> {
    const channels = new ChannelRepository(tx);
    const changes = { name: linkedChannelName(chat), config: { chatId: chat.chatId }, enabled: true };
    const kept = channelId === null ? null : await channels.updateOwned(userId, channelId, changes);
    if (kept !== null) return kept.id;
    return (await channels.create({ userId, kind: 'telegram', ...changes })).id;
  }
}
