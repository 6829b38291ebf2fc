/**
 * Why a call to the language model server failed. `rate-limited` (429), `unavailable` (503) and
 * `connection-lost` (the connection was reset) are worth one retry, but only before anything of the
 * answer was passed on; the rest are answers or configuration faults that a retry would repeat.
 */
export type LlmErrorKind =
  | 'connection-refused'
  | 'connection-lost'
  | 'network'
  | 'timeout'
  | 'cancelled'
  | 'unauthorized'
  | 'rate-limited'
  | 'unavailable'
  | 'server-error'
  | 'bad-response'
  | 'incomplete-answer'
  | 'tool-rounds-exceeded';

/** Options of {@link LlmError}. */
export interface LlmErrorOptions {
  /** HTTP status of the server's answer, when there was one. */
  readonly status?: number;
  /** How long the server asked us to wait (`Retry-After`), in ms. */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

const RETRYABLE: ReadonlySet<LlmErrorKind> = new Set(['rate-limited', 'unavailable', 'connection-lost']);

/** A failed call to an OpenAI-compatible server; the message names the endpoint and never holds the API key. */
export class LlmError extends Error {
  override readonly name = 'LlmError';
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    options: LlmErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** True when one retry may succeed, provided nothing of the answer was passed on yet. */
  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}
