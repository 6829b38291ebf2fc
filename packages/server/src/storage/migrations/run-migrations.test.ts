import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createDatabase } from '../create-database.js';
import type { Database } from '../database.js';
import { executeRows } from '../execute-rows.js';
import { describeEngines } from '../test-support/describe-engines.test-support.js';
import { useTestDrivers } from '../test-support/use-test-drivers.test-support.js';
import type { Migration } from './migration.js';
import { migrationChecksum } from './migration-checksum.js';

const createNotes: Migration = { version: 1, name: 'create_notes', sql: 'CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL);' };
const addAuthor: Migration = { version: 2, name: 'add_note_author', sql: 'ALTER TABLE notes ADD COLUMN author text;\nCREATE INDEX notes_author_idx ON notes (author);' };
const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE partial_work (id integer);\nSELECT 1 / 0;' };

async function appliedRows(database: Database) {
  return executeRows<{ version: number; name: string; checksum: string }>(database.db, sql`SELECT version, name, checksum FROM schema_migrations ORDER BY version`);
}

async function tableExists(database: Database, table: string): Promise<boolean> {
  const [row] = await executeRows<{ present: boolean }>(database.db, sql`SELECT to_regclass(${table}) IS NOT NULL AS present`);
  return row.present;
}

async function columnsOf(database: Database, table: string): Promise<string[]> {
  const rows = await executeRows<{ column_name: string }>(
    database.db,
    sql`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`,
  );
  return rows.map((row) => row.column_name);
}

describeEngines('runMigrations', (kind) => {
  const drivers = useTestDrivers(kind);

  it('applies every migration to an empty schema in order and records version, name and checksum', async () => {
    const database = createDatabase(await drivers.driver(), [createNotes, addAuthor]);
    const report = await database.migrate();
    expect(report.applied).toEqual(['0001_create_notes', '0002_add_note_author']);
    expect(await columnsOf(database, 'notes')).toEqual(['id', 'body', 'author']);
    expect(await appliedRows(database)).toEqual([
      { version: 1, name: 'create_notes', checksum: migrationChecksum(createNotes.sql) },
      { version: 2, name: 'add_note_author', checksum: migrationChecksum(addAuthor.sql) },
    ]);
    const status = await database.migrationStatus();
    expect(status).toMatchObject({ upToDate: true, currentVersion: 2, latestVersion: 2, pending: [], changed: [], unknown: [] });
    expect(status.applied.map((m) => m.name)).toEqual(['create_notes', 'add_note_author']);
  });

  it('reports pending migrations before the first run and applies nothing on a second run', async () => {
    const database = createDatabase(await drivers.driver(), [createNotes, addAuthor]);
    expect(await database.migrationStatus()).toMatchObject({ upToDate: false, currentVersion: 0, pending: ['0001_create_notes', '0002_add_note_author'] });
    await database.migrate();
    expect((await database.migrate()).applied).toEqual([]);
    expect(await appliedRows(database)).toHaveLength(2);
  });

  it('applies only the migrations a newer build adds', async () => {
    const driver = await drivers.driver();
    await createDatabase(driver, [createNotes]).migrate();
    const newer = createDatabase(driver, [createNotes, addAuthor]);
    expect(await newer.migrationStatus()).toMatchObject({ upToDate: false, currentVersion: 1, latestVersion: 2, pending: ['0002_add_note_author'] });
    expect((await newer.migrate()).applied).toEqual(['0002_add_note_author']);
    expect(await columnsOf(newer, 'notes')).toEqual(['id', 'body', 'author']);
  });

  it('refuses to migrate when an applied migration was edited, naming it, and changes nothing', async () => {
    const driver = await drivers.driver();
    await createDatabase(driver, [createNotes]).migrate();
    const edited = createDatabase(driver, [{ ...createNotes, sql: `${createNotes.sql}\n-- tidied up` }, addAuthor]);
    await expect(edited.migrate()).rejects.toMatchObject({ code: 'GS_ERR_MIGRATION_CHANGED', message: expect.stringContaining('0001_create_notes') });
    expect(await edited.migrationStatus()).toMatchObject({ upToDate: false, changed: ['0001_create_notes'], pending: ['0002_add_note_author'] });
    expect(await columnsOf(edited, 'notes')).toEqual(['id', 'body']);
  });

  it('treats a CRLF checkout of the same SQL as unchanged', async () => {
    const driver = await drivers.driver();
    await createDatabase(driver, [createNotes, addAuthor]).migrate();
    const crlf = createDatabase(driver, [createNotes, { ...addAuthor, sql: addAuthor.sql.replaceAll('\n', '\r\n') }]);
    expect((await crlf.migrate()).applied).toEqual([]);
  });

  it('refuses to migrate a database that has a migration this build does not know', async () => {
    const driver = await drivers.driver();
    await createDatabase(driver, [createNotes, addAuthor]).migrate();
    const older = createDatabase(driver, [createNotes]);
    await expect(older.migrate()).rejects.toMatchObject({ code: 'GS_ERR_MIGRATION_UNKNOWN', message: expect.stringContaining('0002_add_note_author') });
    expect(await older.migrationStatus()).toMatchObject({ upToDate: false, unknown: ['0002_add_note_author'] });
  });

  it('rolls a failing migration back entirely, names it, and lets a fixed build continue', async () => {
    const driver = await drivers.driver();
    const failing = createDatabase(driver, [createNotes, broken]);
    await expect(failing.migrate()).rejects.toMatchObject({ code: 'GS_ERR_MIGRATION_FAILED', message: expect.stringMatching(/0002_broken.*division by zero/) });
    expect(await tableExists(failing, 'partial_work')).toBe(false);
    expect(await appliedRows(failing)).toEqual([{ version: 1, name: 'create_notes', checksum: migrationChecksum(createNotes.sql) }]);
    expect((await createDatabase(driver, [createNotes, addAuthor]).migrate()).applied).toEqual(['0002_add_note_author']);
  });

  it('applies each migration exactly once when several processes start at once', async () => {
    // Slow enough that, without the lock, the others would find the table half made.
    const slow: Migration = { version: 1, name: 'slow', sql: 'CREATE TABLE slow (id integer);\nSELECT pg_sleep(0.2);' };
    const addNote: Migration = { version: 2, name: 'add_note', sql: 'ALTER TABLE slow ADD COLUMN note text;' };
    // On PostgreSQL each "process" has a pool of its own; PGlite belongs to one process, which may call at once.
    const databases: Database[] = [];
    if (kind === 'postgres') for (let i = 0; i < 3; i++) databases.push(createDatabase(await drivers.driver(), [slow, addNote]));
    else databases.push(...Array<Database>(3).fill(createDatabase(await drivers.driver(), [slow, addNote])));
    const reports = await Promise.all(databases.map((database) => database.migrate()));
    expect(reports.map((report) => report.applied.length).sort()).toEqual([0, 0, 2]);
    expect((await appliedRows(databases[0])).map((row) => row.version)).toEqual([1, 2]);
  });
});
