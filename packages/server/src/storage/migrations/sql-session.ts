/** The little of a database connection the migrator needs; implemented over a `pg` client and over PGlite. */
export interface SqlSession {
  /** One statement with `$1…` parameters; the rows as plain objects. */
  query<Row extends Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (a migration's SQL). */
  exec(sql: string): Promise<void>;
  /** Gives the connection back (a pooled client) or does nothing (PGlite). */
  release(): Promise<void>;
}
