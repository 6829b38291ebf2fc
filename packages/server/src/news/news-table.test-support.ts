import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach } from 'vitest';
import { MIGRATIONS } from '../storage/migrations/all-migrations.js';
import { newsMigration } from '../storage/migrations/sql/0009-news.js';
import type { StorageTestContext } from '../storage/test-support/describe-storage.test-support.js';

/**
 * Gives a storage suite an empty `news_items` table before each test. Until the news migration is in the
 * migrations list (and the table in `ALL_TABLES`, which the shared cleanup empties) the suite applies it
 * and empties the table itself; afterwards both steps change nothing.
 */
export function useNewsTable(context: StorageTestContext): void {
  beforeAll(async () => {
    if (MIGRATIONS.some((migration) => migration.version === newsMigration.version)) return;
    // One statement per call: PGlite's extended protocol takes no multi-statement text.
    for (const statement of newsMigration.sql.split(';').map((part) => part.trim())) {
      if (statement !== '') await context.database.db.execute(sql.raw(statement));
    }
  });
  beforeEach(async () => {
    await context.database.db.execute(sql.raw('TRUNCATE news_items'));
  });
}
