import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { createDatabase } from '../create-database.js';
import { MIGRATIONS } from '../migrations/all-migrations.js';
import { migrationChecksum } from '../migrations/migration-checksum.js';
import { pgliteDriver } from '../pglite-driver.js';

// The package's own version (its exports hide package.json): two folders up from its entry point.
const PGLITE_ENTRY = createRequire(import.meta.url).resolve('@electric-sql/pglite');
const PGLITE_VERSION = (JSON.parse(readFileSync(join(dirname(PGLITE_ENTRY), '..', 'package.json'), 'utf8')) as { version: string }).version;
const KEY = createHash('sha256')
  .update([PGLITE_VERSION, 'extensions: vector', ...MIGRATIONS.map((m) => `${m.version}:${migrationChecksum(m.sql)}`)].join('\n'))
  .digest('hex')
  .slice(0, 16);
const FILE = join(tmpdir(), `goldensignals-pglite-template-${KEY}.tar`);

/**
 * A PGlite instance in memory with every migration applied. Starting PGlite runs initdb, which takes
 * seconds; a migrated data directory is therefore dumped once (cached in the temp folder, keyed by the
 * PGlite version and the migrations) and each test file starts from a copy in well under a second. pgvector is
 * loaded as openPgliteDriver loads it.
 */
export async function migratedPglite(): Promise<PGlite> {
  if (!existsSync(FILE)) {
    const client = await PGlite.create({ extensions: { vector } });
    await createDatabase(await pgliteDriver(client, { ownsClient: false })).migrate();
    const dump = await client.dumpDataDir('none');
    await client.close();
    // Written aside and renamed: test files starting at once never read half a file.
    const partial = `${FILE}.${process.pid}.${Date.now()}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, FILE);
  }
  return PGlite.create({ loadDataDir: new Blob([readFileSync(FILE)]), extensions: { vector } });
}
