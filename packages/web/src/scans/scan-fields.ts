import type { Timeframe } from '@goldensignals/engine';

/** The "Scan now" form's values as typed: the symbols as free text. */
export interface ScanFields {
  readonly symbols: string;
  readonly timeframe: Timeframe;
}
