import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { executeRows } from './execute-rows.js';
import { MIGRATIONS } from './migrations/all-migrations.js';
import { openDatabase } from './open-database.js';
import { watchlists } from './schema/watchlists.js';
import { describeStorage } from './test-support/describe-storage.test-support.js';

const run = promisify(execFile);
const folders: string[] = [];

function tempDataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'gs-storage-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describeStorage('openDatabase', (context) => {
  it('answers a ping and reports every migration applied', async () => {
    await context.database.ping();
    const status = await context.database.migrationStatus();
    expect(status).toMatchObject({ upToDate: true, currentVersion: MIGRATIONS.length, latestVersion: MIGRATIONS.length, pending: [] });
    expect(status.applied[0]).toMatchObject({ version: 1, name: 'initial' });
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    const { database } = context;
    await database.transaction(async (tx) => {
      await tx.insert(watchlists).values({ name: 'kept', symbols: ['AAPL'] });
    });
    await expect(
      database.transaction(async (tx) => {
        await tx.insert(watchlists).values({ name: 'lost', symbols: ['MSFT'] });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await database.db.select().from(watchlists)).map((w) => w.name)).toEqual(['kept']);
  });
});

describe('openDatabase with PGlite on disk', () => {
  it('keeps its files under <dataDir>/pglite and loses nothing acknowledged across a restart or a kill', async () => {
    const dataDir = tempDataDir();
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    await first.db.insert(watchlists).values({ name: 'tech', symbols: ['AAPL', 'MSFT'], timeframes: ['1h', '1d'] });
    await first.close();
    expect(existsSync(join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);

    const second = await openDatabase({ dataDir });
    expect((await second.migrate()).applied).toEqual([]);
    const rows = await second.db.select({ name: watchlists.name, symbols: watchlists.symbols, timeframes: watchlists.timeframes }).from(watchlists);
    expect(rows).toEqual([{ name: 'tech', symbols: ['AAPL', 'MSFT'], timeframes: ['1h', '1d'] }]);
    await second.close();

    // Another process writes through PGlite with the settings openDatabase uses, then dies without closing.
    const script = `
      import { PGlite } from '@electric-sql/pglite';
      const db = await PGlite.create({ dataDir: ${JSON.stringify(join(dataDir, 'pglite'))} });
      await db.query("INSERT INTO watchlists (name, symbols) VALUES ('acknowledged', '{BTC-USD}')");
      process.kill(process.pid, 'SIGKILL');`;
    await expect(run(process.execPath, ['--input-type=module', '-e', script], { cwd: import.meta.dirname })).rejects.toMatchObject({ signal: 'SIGKILL' });
    const third = await openDatabase({ dataDir });
    expect(await executeRows(third.db, sql`SELECT name, symbols FROM watchlists ORDER BY name`)).toEqual([
      { name: 'acknowledged', symbols: ['BTC-USD'] },
      { name: 'tech', symbols: ['AAPL', 'MSFT'] },
    ]);
    await third.close();
  });

  it('leaves the database unmigrated when told to', async () => {
    const database = await openDatabase({ memory: true, migrate: false });
    const status = await database.migrationStatus();
    expect(status).toMatchObject({ upToDate: false, currentVersion: 0, pending: MIGRATIONS.map((migration) => `${String(migration.version).padStart(4, '0')}_${migration.name}`) });
    expect(status.pending.slice(0, 4)).toEqual(['0001_initial', '0002_learning_watermarks', '0003_one_signal_per_bar', '0004_invites']);
    await database.close();
  });
});

describe('openDatabase with a PostgreSQL URL', () => {
  it('says which server it could not reach, without the password', async () => {
    const attempt = openDatabase({ databaseUrl: 'postgres://trader:s3cret@127.0.0.1:1/signals' });
    await expect(attempt).rejects.toThrow(/^cannot use the PostgreSQL database at postgres:\/\/trader:\*\*\*@127\.0\.0\.1:1\/signals: /);
    await expect(attempt).rejects.not.toThrow(/s3cret/);
  });

  it('rejects a schema name that could not be used safely in SQL', async () => {
    await expect(openDatabase({ databaseUrl: 'postgres://127.0.0.1:1/x', schema: 'a"; DROP TABLE users; --' })).rejects.toThrow('invalid schema name');
  });
});
