/**
 * The constraint (or unique index) a failed write violated, or `null` when the error is something else.
 * Drizzle wraps the driver's error (pg's or PGlite's, both carrying SQLSTATE `code` and `constraint`)
 * in its own, so the cause chain is searched.
 */
export function uniqueViolation(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    if ('code' in current && current.code === '23505') return 'constraint' in current && typeof current.constraint === 'string' ? current.constraint : '';
    current = 'cause' in current ? current.cause : undefined;
  }
  return null;
}
