import type { UserRole } from '../../storage/schema/users.js';

/** What register, login and refresh answer (the wire format other tools rely on, plus the access token's expiry). */
export interface AuthAnswer {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly accessTokenExpiresAt: string;
  readonly user: { readonly id: string; readonly email: string; readonly role: UserRole };
}
