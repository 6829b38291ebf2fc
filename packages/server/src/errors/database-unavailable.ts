/**
 * Node socket errors and PostgreSQL SQLSTATEs that mean "the database cannot be reached now" (class 08: connection
 * exceptions; 57P01–57P03: the server is shutting down or not accepting connections yet), not a bad query.
 */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

/** Messages of node-postgres for a connection lost or never made (they carry no code). */
const UNAVAILABLE_MESSAGES = [/^Connection terminated/, /^timeout exceeded when trying to connect/, /^Client has encountered a connection error/];

const MAX_CAUSES = 8;

/**
 * True when `error`, or an error it wraps (Drizzle wraps the driver's as `cause`), says the database is unreachable:
 * the request can be retried later and deserves a 503, not a 500 that blames the server's code.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSES && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(current instanceof Error ? current.message : ''))) return true;
    current = current.cause;
  }
  return false;
}
