import type { AutoFollowFields } from './auto-follow-fields.js';
import type { AutoFollowSettings } from './auto-follow-settings.js';

// 0.57 × 100 is 56.99999999999999 in binary floating point; four places are more than the form accepts.
function percentText(fraction: number): string {
  return String(Number((fraction * 100).toFixed(4)));
}

/** The form's values for stored settings: the confidence fraction as a percentage, symbols as `AAPL, MSFT`. */
export function autoFollowFieldsOf(settings: AutoFollowSettings): AutoFollowFields {
  return {
    enabled: settings.enabled,
    symbols: settings.symbols.join(', '),
    minConfidence: percentText(settings.minConfidence),
    riskLevels: settings.riskLevels,
    maxPositionPercent: String(settings.maxPositionPercent),
    maxOpenPositions: String(settings.maxOpenPositions),
    maxDailyLossPercent: String(settings.maxDailyLossPercent),
    useStopLoss: settings.useStopLoss,
  };
}
