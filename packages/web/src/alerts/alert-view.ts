import type { QuietHours } from './quiet-hours.js';

/** An alert rule as `GET /alerts` lists it; the fields a server before quiet hours and rate limits lacks are optional. */
export interface AlertView {
  readonly id: string;
  /** Messages name the rule by it; null: described from the condition. */
  readonly name?: string | null;
  /** A ticker, or `*` for every symbol. */
  readonly symbol: string;
  readonly kind: string;
  /** The kind's condition, complete (the server fills in defaults). */
  readonly params: Readonly<Record<string, unknown>>;
  readonly channels: readonly string[];
  readonly active: boolean;
  readonly quietHours?: QuietHours | null;
  readonly maxPerHour?: number | null;
  readonly lastTriggeredAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}
