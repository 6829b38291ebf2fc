/**
 * An access token that cannot be accepted. `expired` lets a client know to refresh; everything else is
 * `invalid`. The message never contains the token, so logging the error leaks no credential.
 */
export class TokenError extends Error {
  override readonly name = 'TokenError';

  constructor(
    readonly reason: 'expired' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}
