import type { DatabaseKind, Queryable } from './database.js';
import type { SqlSession } from './migrations/sql-session.js';

/** What each engine provides; {@link createDatabase} builds the rest on top. */
export interface DatabaseDriver {
  readonly kind: DatabaseKind;
  readonly db: Queryable;
  /** The schema set on the search path, when not `public`. */
  readonly schema?: string;
  /** A session on one connection for as long as the caller holds it (migrations need one for the lock). */
  session(): Promise<SqlSession>;
  close(): Promise<void>;
}
