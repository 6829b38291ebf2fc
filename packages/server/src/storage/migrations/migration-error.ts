/** Why migrating or checking migrations failed. */
export type MigrationErrorCode = 'GS_ERR_MIGRATION_INVALID' | 'GS_ERR_MIGRATION_CHANGED' | 'GS_ERR_MIGRATION_UNKNOWN' | 'GS_ERR_MIGRATION_FAILED';

/** A migration problem that must stop the server from starting; the message names the migration. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
