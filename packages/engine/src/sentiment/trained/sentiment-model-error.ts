/** Thrown when a sentiment model file is not valid JSON, not a model, or of a version this code cannot read. */
export class SentimentModelError extends Error {
  readonly code = 'GS_ERR_VALIDATION';

  constructor(message: string) {
    super(message);
    this.name = 'SentimentModelError';
  }
}
