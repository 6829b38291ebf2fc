import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './all-migrations.js';
import { validateMigrations } from './validate-migrations.js';

describe('validateMigrations', () => {
  it('accepts the migrations this build ships', () => {
    expect(() => validateMigrations(MIGRATIONS)).not.toThrow();
  });

  it('rejects a gap or a wrong order in the versions', () => {
    const a = { version: 1, name: 'a', sql: 'SELECT 1' };
    const c = { version: 3, name: 'c', sql: 'SELECT 1' };
    expect(() => validateMigrations([a, c])).toThrow('migration 0003_c is at position 2; versions must be 1, 2, 3, … in order');
    expect(() => validateMigrations([{ ...a, version: 2 }, { ...a, version: 1 }])).toThrow(/position 1/);
  });

  it('rejects a name that is not snake_case and a migration without SQL', () => {
    expect(() => validateMigrations([{ version: 1, name: 'Add Users', sql: 'SELECT 1' }])).toThrow('migration 1 has the name "Add Users"; use snake_case');
    expect(() => validateMigrations([{ version: 1, name: 'empty', sql: '  \n' }])).toThrow('migration 0001_empty has no SQL');
  });
});
