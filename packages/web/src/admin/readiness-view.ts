/** What `/ready` answers (200 when ready, 503 when not, the same shape both times). */
export interface ReadinessView {
  readonly ready: boolean;
  readonly checks: {
    readonly database?: { readonly ok?: boolean; readonly kind?: string; readonly message?: string };
    readonly migrations?: { readonly ok?: boolean; readonly currentVersion?: number; readonly pending?: readonly string[] };
  };
}
