import { describe, expect, it } from 'vitest';
import { compareMigrations } from './compare-migrations.js';
import { migrationChecksum } from './migration-checksum.js';

const one = { version: 1, name: 'one', sql: 'CREATE TABLE one (id int);' };
const two = { version: 2, name: 'two', sql: 'CREATE TABLE two (id int);' };
const applied = (migration: typeof one, checksum = migrationChecksum(migration.sql)) => ({ ...migration, checksum, appliedAt: new Date(0) });

describe('compareMigrations', () => {
  it('lists the known migrations that are not applied yet as pending, in order', () => {
    expect(compareMigrations([], [one, two]).pending).toEqual([one, two]);
    expect(compareMigrations([applied(one)], [one, two])).toEqual({ pending: [two], changed: [], unknown: [] });
  });

  it('reports an applied migration whose SQL or name differs as changed', () => {
    expect(compareMigrations([applied(one, 'deadbeef')], [one]).changed.map((m) => m.version)).toEqual([1]);
    expect(compareMigrations([{ ...applied(one), name: 'renamed' }], [one]).changed.map((m) => m.name)).toEqual(['renamed']);
  });

  it('reports applied migrations this build does not know as unknown', () => {
    expect(compareMigrations([applied(one), applied(two)], [one]).unknown.map((m) => m.version)).toEqual([2]);
  });
});
