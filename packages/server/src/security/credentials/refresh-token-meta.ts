/** Where a refresh token was issued to, kept with it for the user's list of sessions and for audits. */
export interface RefreshTokenMeta {
  readonly ip?: string | null;
  readonly userAgent?: string | null;
}
