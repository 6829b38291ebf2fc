/** One row of `/admin/audit-log`. */
export interface AuditEntryView {
  readonly id: number;
  readonly time: string;
  readonly event: string;
  /** Who acted (for admin events, the admin); `null` for an unknown caller. */
  readonly userId: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}
