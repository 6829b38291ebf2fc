/** The role of an account, least to most privileged. */
export type AccountRole = 'viewer' | 'trader' | 'admin';

/** The signed-in account as the auth answers give it. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly role: AccountRole;
}

/** What register, login and refresh answer. */
export interface AuthAnswer {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly accessTokenExpiresAt: string;
  readonly user: SessionUser;
}
