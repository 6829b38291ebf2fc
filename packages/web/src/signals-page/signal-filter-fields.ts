import type { RiskLevel, SignalAction } from '@goldensignals/engine';

/** The filter form's values as typed: confidence in percent, dates as `YYYY-MM-DD` (local days), blanks meaning "any". */
export interface SignalFilterFields {
  /** Comma- or space-separated symbols. */
  readonly symbols: string;
  readonly actions: readonly SignalAction[];
  readonly riskLevels: readonly RiskLevel[];
  readonly minConfidence: string;
  readonly maxConfidence: string;
  readonly from: string;
  readonly to: string;
}
