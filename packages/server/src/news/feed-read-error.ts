/** What went wrong reading a feed. */
export type FeedReadProblem = 'bad-url' | 'http' | 'timeout' | 'too-large' | 'network' | 'cancelled' | 'not-a-feed';

/** A feed could not be read; the message names the feed and the reason. */
export class FeedReadError extends Error {
  override readonly name = 'FeedReadError';

  constructor(
    readonly url: string,
    readonly problem: FeedReadProblem,
    reason: string,
    options?: ErrorOptions & { readonly status?: number },
  ) {
    super(`feed ${url}: ${reason}`, options);
    this.status = options?.status ?? null;
  }

  /** The HTTP status of an `http` problem. */
  readonly status: number | null;
}
