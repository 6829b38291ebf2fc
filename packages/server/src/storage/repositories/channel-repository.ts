import { and, asc, eq, inArray, isNull, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { notificationChannels, type ChannelKind } from '../schema/notification-channels.js';
import { isUuid } from './is-uuid.js';

/** A stored notification channel. */
export type NotificationChannel = InferSelectModel<typeof notificationChannels>;

/** A channel to create; its config must already be validated for its kind. */
export interface NewNotificationChannel {
  readonly userId: string | null;
  readonly kind: ChannelKind;
  readonly name: string;
  readonly config: Readonly<Record<string, string>>;
  /** The webhook signing secret; null for other kinds. */
  readonly secret?: string | null;
  /** Default true. */
  readonly enabled?: boolean;
}

/** What an edit of a channel may change (never its kind); fields not given keep their value. */
export interface NotificationChannelChanges {
  readonly name?: string;
  /** Replaces the whole config. */
  readonly config?: Readonly<Record<string, string>>;
  readonly enabled?: boolean;
}

/** Rows of `owner`: a user's, or (`null`) those of the install's owner while accounts are off. */
function ownedBy(owner: string | null): SQL {
  return owner === null ? isNull(notificationChannels.userId) : eq(notificationChannels.userId, owner);
}

/** A user id that cannot own rows (not a UUID): no query is needed to know they have none. */
function impossibleOwner(owner: string | null): boolean {
  return owner !== null && !isUuid(owner);
}

/** Users' notification channels. */
export class ChannelRepository {
  constructor(private readonly db: Queryable) {}

  /** Creates a channel, enabled unless told otherwise. */
  async create(input: NewNotificationChannel): Promise<NotificationChannel> {
    const [row] = await this.db
      .insert(notificationChannels)
      .values({ userId: input.userId, kind: input.kind, name: input.name, config: { ...input.config }, secret: input.secret ?? null, enabled: input.enabled ?? true })
      .returning();
    return row;
  }

  /** A user's channels (`null`: the install owner's), oldest first. */
  async listForUser(owner: string | null): Promise<NotificationChannel[]> {
    if (impossibleOwner(owner)) return [];
    return this.db.select().from(notificationChannels).where(ownedBy(owner)).orderBy(asc(notificationChannels.createdAt), asc(notificationChannels.id));
  }

  /** The channel with this id if `owner` owns it, else `null`. */
  async ownedBy(owner: string | null, id: string): Promise<NotificationChannel | null> {
    if (!isUuid(id) || impossibleOwner(owner)) return null;
    const [row] = await this.db.select().from(notificationChannels).where(and(eq(notificationChannels.id, id), ownedBy(owner)));
    return row ?? null;
  }

  /** The channels with these ids, whoever owns them (ids that are not UUIDs or not found are left out). */
  async byIds(ids: readonly string[]): Promise<NotificationChannel[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    return this.db.select().from(notificationChannels).where(inArray(notificationChannels.id, valid));
  }

  /** Edits a channel `owner` owns; `null` when they have no such channel. */
  async updateOwned(owner: string | null, id: string, changes: NotificationChannelChanges): Promise<NotificationChannel | null> {
    if (!isUuid(id) || impossibleOwner(owner)) return null;
    const { config, ...rest } = changes;
    const [row] = await this.db
      .update(notificationChannels)
      .set({ ...rest, ...(config === undefined ? {} : { config: { ...config } }), updatedAt: new Date() })
      .where(and(eq(notificationChannels.id, id), ownedBy(owner)))
      .returning();
    return row ?? null;
  }

  /** Deletes a channel `owner` owns, with its deliveries; false when they have no such channel. */
  async deleteOwned(owner: string | null, id: string): Promise<boolean> {
    if (!isUuid(id) || impossibleOwner(owner)) return false;
    return (await this.db.delete(notificationChannels).where(and(eq(notificationChannels.id, id), ownedBy(owner))).returning({ id: notificationChannels.id })).length > 0;
  }
}
