import type { Database } from '../../storage/database.js';
import { AuditLogRepository } from '../../storage/repositories/audit-log-repository.js';
import type { RequestMeta } from './request-meta.js';
import type { SecurityEvent } from './security-event.js';

/** Appends security events to the audit log. Details never hold passwords, tokens or keys (only ids and prefixes). */
export class AuditTrail {
  readonly #log: AuditLogRepository;

  constructor(database: Database) {
    this.#log = new AuditLogRepository(database.db);
  }

  async record(event: SecurityEvent, userId: string | null, meta: RequestMeta | null, details: Record<string, unknown> = {}): Promise<void> {
    await this.#log.record({ event, userId, ip: meta?.ip ?? null, userAgent: meta?.userAgent?.slice(0, 500) ?? null, details });
  }
}
