/** Thrown when a labelled-sentence CSV cannot be read; the message names the source and the line. */
export class LabelledSentencesCsvError extends Error {
  readonly code = 'GS_ERR_VALIDATION';

  constructor(
    message: string,
    /** 1-based line of the problem (the header's for a missing column). */
    readonly line: number,
  ) {
    super(message);
    this.name = 'LabelledSentencesCsvError';
  }
}
