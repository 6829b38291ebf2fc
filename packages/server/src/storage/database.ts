import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { MigrationReport } from './migrations/run-migrations.js';
import type { MigrationStatus } from './migrations/migration-status.js';

/**
 * The Drizzle query builder, the same type over PGlite and over a PostgreSQL pool; a transaction is
 * one too, so repositories take either.
 */
export type Queryable = PgDatabase<PgQueryResultHKT>;

/** The `tx` a transaction callback receives. */
export type Transaction = Parameters<Parameters<Queryable['transaction']>[0]>[0];

/** Which engine a {@link Database} runs on. */
export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: the query builder, transactions, migrations and shutdown, whichever engine is behind it. */
export interface Database {
  readonly kind: DatabaseKind;
  /** The query builder; pass it (or a transaction) to repositories. */
  readonly db: Queryable;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Applies pending migrations (done by `openDatabase` unless told not to). */
  migrate(): Promise<MigrationReport>;
  /** Compares the applied migrations with this build's, for `/ready`. */
  migrationStatus(): Promise<MigrationStatus>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Closes the pool or the PGlite instance; for PGlite on disk, after everything is flushed. */
  close(): Promise<void>;
}
