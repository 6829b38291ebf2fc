import type { Timeframe } from '@goldensignals/engine';

/** The body of `POST /scans`: no `symbols` scans the symbols of the caller's watchlists. */
export interface ScanBody {
  readonly symbols?: string[];
  readonly timeframe: Timeframe;
}
