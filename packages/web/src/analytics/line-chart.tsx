import { Box, useTheme } from '@mui/material';
import { AreaSeries, ColorType, createChart, LineSeries, type UTCTimestamp } from 'lightweight-charts';
import { useEffect, useRef } from 'react';
import type { LineSeriesSpec } from './line-series-spec.js';

/**
 * A lightweight-charts canvas of line series over panes. Rebuilt when the series change (these charts show
 * finished data, never live updates) and removed on unmount.
 */
export function LineChart({ series, height, label }: { readonly series: readonly LineSeriesSpec[]; readonly height: number; readonly label: string }) {
  const theme = useTheme();
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const chart = createChart(container, {
      autoSize: true,
      layout: {
        background: { type: ColorType.Solid, color: theme.palette.background.paper },
        textColor: theme.palette.text.secondary,
        fontFamily: theme.typography.fontFamily,
        panes: { separatorColor: theme.palette.divider },
      },
      grid: { vertLines: { color: theme.palette.action.hover }, horzLines: { color: theme.palette.action.hover } },
      rightPriceScale: { borderColor: theme.palette.divider },
      timeScale: { borderColor: theme.palette.divider },
    });
    for (const spec of series) {
      const data = spec.points.map((point) => ({ time: point.time as UTCTimestamp, value: point.value }));
      const line = spec.area
        ? chart.addSeries(AreaSeries, { lineColor: spec.color, topColor: `${spec.color}22`, bottomColor: `${spec.color}66`, invertFilledArea: true, lineWidth: 1, title: spec.title, priceLineVisible: false }, spec.pane)
        : chart.addSeries(LineSeries, { color: spec.color, lineWidth: 2, title: spec.title, priceLineVisible: false }, spec.pane);
      line.setData(data);
    }
    const panes = chart.panes();
    // The first pane holds the main lines; a second one (drawdown) is a third of its height.
    if (panes.length > 1) panes[0]?.setStretchFactor(3);
    chart.timeScale().fitContent();
    return () => chart.remove();
  }, [series, theme]);

  return <Box ref={containerRef} role="img" aria-label={label} sx={{ height, width: '100%', position: 'relative' }} />;
}
