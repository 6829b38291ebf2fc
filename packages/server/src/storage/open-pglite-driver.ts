import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import type { DatabaseDriver } from './database-driver.js';
import { pgliteDriver } from './pglite-driver.js';

/** Where PGlite keeps its files: a folder, or nowhere (`undefined`: in memory). */
export interface PgliteDriverOptions {
  readonly directory: string | undefined;
  readonly schema?: string;
}

/** Starts PGlite in this process, on disk or in memory. */
export async function openPgliteDriver(options: PgliteDriverOptions): Promise<DatabaseDriver> {
  const { directory, schema } = options;
  if (directory !== undefined) mkdirSync(directory, { recursive: true });
  // pgvector is a separate PGlite package; loaded, the embeddings migration can create the extension (HNSW search).
  const extensions = { vector };
  const client = directory === undefined ? await PGlite.create({ extensions }) : await PGlite.create({ dataDir: directory, extensions });
  return pgliteDriver(client, { schema, ownsClient: true });
}
