import { Box, Stack, Typography } from '@mui/material';
import type { SeriesMarkerBar, UTCTimestamp } from 'lightweight-charts';
import { formatPrice } from '../signals/format-price.js';
import type { SignalView } from '../signals/signal-view.js';
import { CHART_COLORS } from './chart-colors.js';
import type { ChartOverlay } from './chart-overlays.js';

const ITEMS: readonly { readonly overlay: ChartOverlay | null; readonly label: string; readonly color: string }[] = [
  { overlay: 'sma', label: 'SMA 20', color: CHART_COLORS.sma20 },
  { overlay: 'sma', label: 'SMA 50', color: CHART_COLORS.sma50 },
  { overlay: 'ema', label: 'EMA 12', color: CHART_COLORS.ema12 },
  { overlay: 'ema', label: 'EMA 26', color: CHART_COLORS.ema26 },
  { overlay: 'bollinger', label: 'Bollinger 20, 2', color: CHART_COLORS.bollinger },
  { overlay: 'vwap', label: 'VWAP', color: CHART_COLORS.vwap },
  { overlay: null, label: 'RSI 14', color: CHART_COLORS.rsi },
  { overlay: null, label: 'MACD 12, 26, 9', color: CHART_COLORS.macd },
  { overlay: null, label: 'BUY', color: CHART_COLORS.buyMarker },
  { overlay: null, label: 'SELL', color: CHART_COLORS.sellMarker },
  { overlay: 'holds', label: 'HOLD', color: CHART_COLORS.holdMarker },
];

/** What {@link ChartLegend} lists. */
export interface ChartLegendProps {
  readonly overlays: readonly ChartOverlay[];
  readonly openSignal: SignalView | null;
  readonly markers: readonly SeriesMarkerBar<UTCTimestamp>[];
}

/** The colours of what the chart draws, and the open signal whose stop and target lines are on it. */
export function ChartLegend({ overlays, openSignal, markers }: ChartLegendProps) {
  const shown = ITEMS.filter((item) => item.overlay === null || overlays.includes(item.overlay));
  const count = (shape: SeriesMarkerBar<UTCTimestamp>['shape']) => markers.filter((marker) => marker.shape === shape).length;
  const counts = [`${count('arrowUp')} BUY`, `${count('arrowDown')} SELL`, ...(overlays.includes('holds') ? [`${count('circle')} HOLD`] : [])];
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap' }} component="ul" aria-label="Chart legend" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown.map((item) => (
          <Stack key={item.label} component="li" direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Box sx={{ width: 12, height: 3, bgcolor: item.color, borderRadius: 1 }} aria-hidden />
            <Typography variant="caption" color="text.secondary">
              {item.label}
            </Typography>
          </Stack>
        ))}
      </Stack>
      <Typography variant="body2" color="text.secondary" data-open-signal-id={openSignal?.id}>
        {markers.length === 0 ? 'No signals on these bars.' : `Signals on these bars: ${counts.join(', ')}.`}{' '}
        {openSignal === null
          ? 'No open signal.'
          : `Open ${openSignal.action} (${openSignal.timeframe}, ${Math.round(openSignal.confidence * 100)}% confidence): entry ${formatPrice(openSignal.entry)} · stop ${formatPrice(openSignal.stopLoss)} · target ${formatPrice(openSignal.takeProfit)}.`}
      </Typography>
    </Stack>
  );
}
