/** The toggleable overlays on the price pane: indicator lines, and the HOLD signals' dots. */
export const CHART_OVERLAYS = [
  { id: 'sma', label: 'SMA', description: 'Simple moving averages 20 and 50' },
  { id: 'ema', label: 'EMA', description: 'Exponential moving averages 12 and 26' },
  { id: 'bollinger', label: 'Bollinger', description: 'Bollinger Bands 20, 2' },
  { id: 'vwap', label: 'VWAP', description: 'Volume-weighted average price, reset each UTC day (intraday only)' },
  { id: 'holds', label: 'HOLD', description: 'HOLD signals as grey dots' },
] as const;

/** One overlay's id. */
export type ChartOverlay = (typeof CHART_OVERLAYS)[number]['id'];
