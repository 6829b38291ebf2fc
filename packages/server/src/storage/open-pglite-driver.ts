import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
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
  const client = directory === undefined ? await PGlite.create() : await PGlite.create({ dataDir: directory });
  return pgliteDriver(client, { schema, ownsClient: true });
}
