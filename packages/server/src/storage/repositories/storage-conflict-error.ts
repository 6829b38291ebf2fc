/** A write that would break a uniqueness rule (e-mail taken, key prefix in use): the API answers 409. */
export class StorageConflictError extends Error {
  override readonly name = 'StorageConflictError';
  readonly code = 'GS_ERR_CONFLICT';

  constructor(
    /** The input field whose value is taken. */
    readonly field: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
