import { and, desc, eq, lt, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { auditLog } from '../schema/audit-log.js';

/** One audit record. */
export type AuditEntry = InferSelectModel<typeof auditLog>;

/** An event to record (e.g. `auth.login.failed`, `user.role.changed`, `api_key.created`). */
export interface AuditEvent {
  readonly event: string;
  readonly userId?: string | null;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
  /** Never passwords, tokens or keys. */
  readonly details?: Record<string, unknown>;
  readonly time?: Date;
}

/** Which entries to read, newest first; `before` is the id of the last entry of the previous page. */
export interface AuditQuery {
  readonly userId?: string;
  readonly event?: string;
  readonly before?: number;
  readonly limit?: number;
}

/** The append-only audit log of security and admin events. */
export class AuditLogRepository {
  constructor(private readonly db: Queryable) {}

  /** Appends an event. */
  async record(event: AuditEvent): Promise<AuditEntry> {
    const [row] = await this.db
      .insert(auditLog)
      .values({ event: event.event, userId: event.userId ?? null, ip: event.ip ?? null, userAgent: event.userAgent ?? null, details: event.details ?? {}, ...(event.time ? { time: event.time } : {}) })
      .returning();
    return row;
  }

  /** Entries matching the query, newest first (by id: the order they were recorded). */
  async list(query: AuditQuery = {}): Promise<AuditEntry[]> {
    return this.db
      .select()
      .from(auditLog)
      .where(
        and(
          query.userId === undefined ? undefined : eq(auditLog.userId, query.userId),
          query.event === undefined ? undefined : eq(auditLog.event, query.event),
          query.before === undefined ? undefined : lt(auditLog.id, query.before),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(Math.min(Math.max(query.limit ?? 100, 1), 1000));
  }
}
