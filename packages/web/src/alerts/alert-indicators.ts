/** An indicator an alert can watch (the server's `ALERT_INDICATORS`). */
export type AlertIndicator = 'rsi' | 'mfi' | 'stochastic-k' | 'williams-r' | 'adx' | 'cci';

/** Each indicator's name, the range its values live in (none for CCI) and its usual period, as the server checks them. */
export const ALERT_INDICATORS: readonly { readonly indicator: AlertIndicator; readonly label: string; readonly min: number | null; readonly max: number | null; readonly period: number }[] = [
  { indicator: 'rsi', label: 'RSI', min: 0, max: 100, period: 14 },
  { indicator: 'mfi', label: 'MFI', min: 0, max: 100, period: 14 },
  { indicator: 'stochastic-k', label: 'Stochastic %K', min: 0, max: 100, period: 14 },
  { indicator: 'williams-r', label: 'Williams %R', min: -100, max: 0, period: 14 },
  { indicator: 'adx', label: 'ADX', min: 0, max: 100, period: 14 },
  { indicator: 'cci', label: 'CCI', min: null, max: null, period: 20 },
];

/** Bars an indicator alert's period may span, as the server allows. */
export const ALERT_PERIOD_RANGE = { min: 2, max: 500 } as const;
