/** Where a security-relevant request came from, for the audit log and the login throttle. */
export interface RequestMeta {
  readonly ip: string;
  readonly userAgent: string | null;
}
