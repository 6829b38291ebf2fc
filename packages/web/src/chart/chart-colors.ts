/**
 * The chart's colours. Signal markers differ from the candles' colours so that a BUY arrow under a green candle
 * stays visible (and so a test can find them in the canvas pixels).
 */
export const CHART_COLORS = {
  up: '#26a69a',
  down: '#ef5350',
  buyMarker: '#2979ff',
  sellMarker: '#ff9100',
  holdMarker: '#b0bec5',
  stopLoss: '#ef5350',
  takeProfit: '#26a69a',
  sma20: '#f0b90b',
  sma50: '#e040fb',
  ema12: '#00e5ff',
  ema26: '#76ff03',
  bollinger: '#90a4ae',
  vwap: '#ffd180',
  rsi: '#b388ff',
  macd: '#40c4ff',
  macdSignal: '#ffab40',
} as const;
