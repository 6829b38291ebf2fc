/** When a rule stays silent: `start` to `end` (HH:MM, may wrap midnight) in an IANA time zone. */
export interface QuietHours {
  readonly start: string;
  readonly end: string;
  readonly timeZone: string;
}
