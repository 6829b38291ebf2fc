/** A transformer sentiment model that cannot be loaded or used; the message names the folder, file or label at fault. */
export class TransformerModelError extends Error {
  override readonly name = 'TransformerModelError';
  readonly code = 'GS_ERR_SENTIMENT_MODEL';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
  }
}
