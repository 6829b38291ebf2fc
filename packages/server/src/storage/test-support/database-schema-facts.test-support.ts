import { sql } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { executeRows } from '../execute-rows.js';

const ON_DELETE: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

/** Normalises `numeric(24, 8)` and `numeric(24,8)` alike. */
export function normaliseType(type: string): string {
  return type.replace(/,\s+/g, ',').toLowerCase();
}

/**
 * The schema of the current search-path schema as sorted one-line facts (tables, columns with
 * type/nullability/default, indexes, keys, foreign keys, checks), in the same words as
 * `drizzleSchemaFacts`, so the two can be compared with `toEqual`.
 */
export async function databaseSchemaFacts(db: Queryable): Promise<string[]> {
  const facts: string[] = [];
  const columns = await executeRows<{ table_name: string; column_name: string; type: string; is_nullable: string; has_default: boolean }>(
    db,
    sql`SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod) AS type, c.is_nullable,
          (c.column_default IS NOT NULL OR c.is_identity = 'YES') AS has_default
        FROM information_schema.columns c
        JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
        WHERE c.table_schema = current_schema()`,
  );
  for (const c of columns) facts.push(`column ${c.table_name}.${c.column_name} ${normaliseType(c.type)}${c.is_nullable === 'NO' ? ' not null' : ''}${c.has_default ? ' default' : ''}`);
  const tables = new Set(columns.map((c) => c.table_name));
  for (const table of tables) facts.push(`table ${table}`);

  const indexes = await executeRows<{ name: string; table_name: string; unique: boolean; partial: boolean; keys: string[] }>(
    db,
    sql`SELECT i.relname AS name, t.relname AS table_name, ix.indisunique AS unique, ix.indpred IS NOT NULL AS partial,
          array(SELECT coalesce(a.attname::text, '(expression)') FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0 ORDER BY k.ord) AS keys
        FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
        WHERE t.relnamespace = current_schema()::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ix.indexrelid AND k.contype IN ('p', 'u'))`,
  );
  for (const ix of indexes) facts.push(`${ix.unique ? 'unique index' : 'index'} ${ix.name} on ${ix.table_name} (${ix.keys.join(', ')})${ix.partial ? ' partial' : ''}`);

  const constraints = await executeRows<{ name: string; type: string; table_name: string; keys: string[]; foreign_table: string | null; foreign_keys: string[]; on_delete: string; nulls_not_distinct: boolean }>(
    db,
    sql`SELECT k.conname AS name, k.contype AS type, t.relname AS table_name,
          array(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY c(attnum, ord) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = c.attnum ORDER BY c.ord) AS keys,
          f.relname AS foreign_table,
          array(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY c(attnum, ord) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = c.attnum ORDER BY c.ord) AS foreign_keys,
          k.confdeltype AS on_delete,
          coalesce((SELECT ix.indnullsnotdistinct FROM pg_index ix WHERE ix.indexrelid = k.conindid AND k.contype = 'u'), false) AS nulls_not_distinct
        FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid LEFT JOIN pg_class f ON f.oid = k.confrelid
        WHERE t.relnamespace = current_schema()::regnamespace AND k.contype IN ('p', 'u', 'f', 'c')`,
  );
  for (const k of constraints) {
    const keys = k.keys.join(', ');
    if (k.type === 'p') facts.push(`primary key ${k.name} on ${k.table_name} (${keys})`);
    else if (k.type === 'u') facts.push(`unique ${k.name} on ${k.table_name} (${keys})${k.nulls_not_distinct ? ' nulls not distinct' : ''}`);
    else if (k.type === 'f') facts.push(`foreign key ${k.table_name} (${keys}) references ${k.foreign_table} (${k.foreign_keys.join(', ')}) on delete ${ON_DELETE[k.on_delete]}`);
    else facts.push(`check ${k.name} on ${k.table_name}`);
  }
  return facts.sort();
}
