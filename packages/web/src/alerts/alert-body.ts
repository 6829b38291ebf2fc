import type { AlertChannel } from './alert-channels.js';
import type { AlertKind } from './alert-kinds.js';
import type { QuietHours } from './quiet-hours.js';

/** The body of `POST /alerts` and of the `PATCH /alerts/:id` an edit sends (params replace the old ones whole). */
export interface AlertBody {
  readonly name: string | null;
  readonly symbol: string;
  readonly kind: AlertKind;
  readonly params: Readonly<Record<string, unknown>>;
  readonly channels: readonly AlertChannel[];
  readonly quietHours: QuietHours | null;
  readonly maxPerHour: number | null;
}
