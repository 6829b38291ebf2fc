/** A refresh token just issued: the only time its text exists outside the client. */
export interface IssuedRefreshToken {
  /** `gsr_` and 43 base64url characters; only its hash is stored. */
  readonly token: string;
  /** The login it belongs to, shared by every token rotated from it. */
  readonly familyId: string;
  readonly expiresAt: Date;
}
