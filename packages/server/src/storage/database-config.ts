/** How to open the database: PGlite under `dataDir` by default, PostgreSQL when `databaseUrl` is set. */
export interface DatabaseConfig {
  /** A PostgreSQL connection string (`DATABASE_URL`); when set, PGlite is not used. */
  readonly databaseUrl?: string;
  /** Data folder (`DATA_DIR`, default `./data`); PGlite keeps its files in `<dataDir>/pglite`. */
  readonly dataDir?: string;
  /** PGlite in memory, nothing on disk (tests). Ignored when `databaseUrl` is set. */
  readonly memory?: boolean;
  /** A schema to use instead of `public` (created when missing): lets tests and tenants share a server. */
  readonly schema?: string;
  /** Most connections the PostgreSQL pool opens. Default 10. */
  readonly poolSize?: number;
  /** Apply pending migrations when opening. Default true. */
  readonly migrate?: boolean;
  /** Told about errors of idle pooled connections (the pool replaces them). Default: a warning on stderr. */
  readonly onPoolError?: (error: Error) => void;
}

/** The default data folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = './data';
