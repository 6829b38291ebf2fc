import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach } from 'vitest';
import { MIGRATIONS } from '../../storage/migrations/all-migrations.js';
import { conversationsMigration } from '../../storage/migrations/sql/0011-conversations.js';
import { executeRows } from '../../storage/execute-rows.js';
import { conversations } from '../../storage/schema/conversations.js';
import type { StorageTestContext } from '../../storage/test-support/describe-storage.test-support.js';

/**
 * Makes the conversation tables exist in a {@link StorageTestContext}'s database and empties them before each test.
 * Until migration 0011 is in the migrations list (the lead adds it with 0009 and 0010), its SQL is applied here
 * directly; once it is listed, `migrate()` creates the tables and this only empties them. The install owner's rows
 * (no user) are not reached by clearing the users table, hence the explicit delete.
 */
export function useConversationTables(context: StorageTestContext): void {
  beforeAll(async () => {
    if (MIGRATIONS.some((migration) => migration.version === conversationsMigration.version)) return;
    const [row] = await executeRows<{ found: string | null }>(context.database.db, sql`SELECT to_regclass('conversations')::text AS found`);
    if (row?.found !== null && row?.found !== undefined) return;
    // One statement per call: PGlite's query path takes a single statement.
    for (const statement of conversationsMigration.sql.split(/;\s*\n/).map((part) => part.trim()).filter((part) => part !== '')) {
      await context.database.db.execute(sql.raw(statement));
    }
  });
  beforeEach(async () => {
    await context.database.db.delete(conversations);
  });
}
