import { Stack, ToggleButton, ToggleButtonGroup, Tooltip } from '@mui/material';
import { CHART_OVERLAYS, type ChartOverlay } from './chart-overlays.js';
import { CHART_TIMEFRAMES, type ChartTimeframe } from './chart-timeframes.js';

/** What {@link ChartToolbar} shows and reports. */
export interface ChartToolbarProps {
  readonly timeframe: ChartTimeframe;
  readonly overlays: readonly ChartOverlay[];
  onTimeframeChange(timeframe: ChartTimeframe): void;
  onOverlaysChange(overlays: ChartOverlay[]): void;
}

/** The timeframe switch and the overlay toggles above the chart. */
export function ChartToolbar({ timeframe, overlays, onTimeframeChange, onOverlaysChange }: ChartToolbarProps) {
  return (
    <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={timeframe}
        aria-label="Timeframe"
        // A click on the selected button unselects it (null): the chart always has a timeframe, so that is ignored.
        onChange={(_event, value: ChartTimeframe | null) => value !== null && onTimeframeChange(value)}
      >
        {CHART_TIMEFRAMES.map((item) => (
          <ToggleButton key={item} value={item} aria-label={`${item} bars`} sx={{ px: 1.25, py: 0.25, textTransform: 'none' }}>
            {item === '1d' ? '1D' : item}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <ToggleButtonGroup size="small" value={overlays} aria-label="Indicator overlays" onChange={(_event, value: ChartOverlay[]) => onOverlaysChange(value)}>
        {CHART_OVERLAYS.map((overlay) => {
          // Daily VWAP restarts on every bar: it would only repeat each bar's typical price.
          const disabled = overlay.id === 'vwap' && timeframe === '1d';
          return (
            <ToggleButton key={overlay.id} value={overlay.id} disabled={disabled} aria-label={overlay.description} sx={{ px: 1.25, py: 0.25 }}>
              <Tooltip title={overlay.description}>
                <span>{overlay.label}</span>
              </Tooltip>
            </ToggleButton>
          );
        })}
      </ToggleButtonGroup>
    </Stack>
  );
}
