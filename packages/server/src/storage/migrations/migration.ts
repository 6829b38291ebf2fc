/** One forward-only schema change. `version` orders migrations; once applied, `sql` must never change. */
export interface Migration {
  readonly version: number;
  /** Short snake_case name, shown in errors and in `schema_migrations`. */
  readonly name: string;
  /** One or more SQL statements, run in one transaction. */
  readonly sql: string;
}
