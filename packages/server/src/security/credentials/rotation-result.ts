import type { IssuedRefreshToken } from './issued-refresh-token.js';

/**
 * What presenting a refresh token led to: a new token; the discovery that it had been used before (its
 * family is then revoked, and the caller should audit the event); or nothing usable.
 */
export type RotationResult =
  | { readonly outcome: 'rotated'; readonly userId: string; readonly familyId: string; readonly issued: IssuedRefreshToken }
  | { readonly outcome: 'reused'; readonly userId: string; readonly familyId: string }
  | { readonly outcome: 'invalid'; readonly reason: 'unknown' | 'expired' | 'revoked' };
