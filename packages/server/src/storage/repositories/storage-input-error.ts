/** Input a repository cannot use (a malformed cursor, an impossible range): the API answers 400. */
export class StorageInputError extends Error {
  override readonly name = 'StorageInputError';
  readonly code = 'GS_ERR_VALIDATION';

  constructor(
    /** The input field at fault. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
