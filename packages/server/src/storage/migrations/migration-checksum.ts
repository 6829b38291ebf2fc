import { createHash } from 'node:crypto';

/** SHA-256 (hex) of a migration's SQL. Line endings are normalised so a CRLF checkout does not count as a change. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replaceAll('\r\n', '\n')).digest('hex');
}
