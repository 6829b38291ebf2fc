/** An uploaded transcript that cannot be stored as given: `field` names the request field at fault. */
export class TranscriptInputError extends Error {
  override readonly name = 'TranscriptInputError';

  constructor(
    /** `text`, `heldAt`, ... */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
