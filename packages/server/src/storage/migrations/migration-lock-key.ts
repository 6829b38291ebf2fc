import { createHash } from 'node:crypto';

/**
 * The advisory-lock key that serialises migrations of one schema across processes: a stable 64-bit
 * number (as a decimal string, for a `bigint` parameter) derived from the schema name.
 */
export function migrationLockKey(schema: string): string {
  const digest = createHash('sha256').update(`goldensignals:migrations:${schema}`).digest();
  return digest.readBigInt64BE(0).toString();
}
