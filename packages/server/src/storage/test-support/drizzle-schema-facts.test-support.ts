import { is, SQL } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { normaliseType } from './database-schema-facts.test-support.js';

/** The Drizzle tables as the same sorted one-line facts as `databaseSchemaFacts`. */
export function drizzleSchemaFacts(tables: readonly PgTable[]): string[] {
  const facts: string[] = [];
  for (const table of tables) {
    const config = getTableConfig(table);
    const name = config.name;
    facts.push(`table ${name}`);
    for (const column of config.columns) {
      const hasDefault = column.hasDefault || column.generatedIdentity !== undefined;
      // A primary-key column is NOT NULL in the database whether or not the definition says so.
      const notNull = column.notNull || column.primary;
      facts.push(`column ${name}.${column.name} ${normaliseType(column.getSQLType())}${notNull ? ' not null' : ''}${hasDefault ? ' default' : ''}`);
      if (column.primary) facts.push(`primary key ${name}_pkey on ${name} (${column.name})`);
    }
    for (const key of config.primaryKeys) facts.push(`primary key ${key.getName()} on ${name} (${key.columns.map((c) => c.name).join(', ')})`);
    for (const unique of config.uniqueConstraints) {
      facts.push(`unique ${unique.getName()} on ${name} (${unique.columns.map((c) => c.name).join(', ')})${unique.nullsNotDistinct ? ' nulls not distinct' : ''}`);
    }
    for (const index of config.indexes) {
      const { name: indexName, unique, columns, where } = index.config;
      const keys = columns.map((c) => (!is(c, SQL) && 'name' in c && typeof c.name === 'string' ? c.name : '(expression)'));
      facts.push(`${unique ? 'unique index' : 'index'} ${indexName ?? '(unnamed)'} on ${name} (${keys.join(', ')})${where === undefined ? '' : ' partial'}`);
    }
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      const foreign = getTableConfig(ref.foreignTable).name;
      facts.push(`foreign key ${name} (${ref.columns.map((c) => c.name).join(', ')}) references ${foreign} (${ref.foreignColumns.map((c) => c.name).join(', ')}) on delete ${fk.onDelete ?? 'no action'}`);
    }
    for (const check of config.checks) facts.push(`check ${check.name} on ${name}`);
  }
  return facts.sort();
}
