import { Box, useTheme } from '@mui/material';
import {
  CandlestickSeries,
  ColorType,
  createChart,
  createSeriesMarkers,
  CrosshairMode,
  HistogramSeries,
  LineSeries,
  LineStyle,
  type IChartApi,
  type IPriceLine,
  type ISeriesApi,
  type ISeriesMarkersPluginApi,
  type SeriesDataItemTypeMap,
  type SeriesMarkerBar,
  type SeriesType,
  type Time,
  type UTCTimestamp,
} from 'lightweight-charts';
import { useEffect, useRef } from 'react';
import type { SignalView } from '../signals/signal-view.js';
import { barsToSeriesData } from './bars-to-series-data.js';
import { CHART_COLORS } from './chart-colors.js';
import type { ChartOverlay } from './chart-overlays.js';
import { chartTimeFormat } from './chart-time-format.js';
import type { ChartTimeframe } from './chart-timeframes.js';
import type { BarView } from './historical-bars-answer.js';
import { indicatorSeriesOf, type IndicatorSeries } from './indicator-series-of.js';

/** What {@link ChartCanvas} draws. */
export interface ChartCanvasProps {
  readonly symbol: string;
  /** The timeframe of `bars` (not the one being loaded). */
  readonly timeframe: ChartTimeframe;
  readonly bars: readonly BarView[];
  readonly markers: readonly SeriesMarkerBar<UTCTimestamp>[];
  readonly openSignal: SignalView | null;
  readonly overlays: readonly ChartOverlay[];
  readonly height: number;
}

type LineKey = Exclude<keyof IndicatorSeries, 'macdHistogram'>;

interface ChartHandle {
  readonly chart: IChartApi;
  readonly candles: ISeriesApi<'Candlestick'>;
  readonly volume: ISeriesApi<'Histogram'>;
  readonly lines: Readonly<Record<LineKey, ISeriesApi<'Line'>>>;
  readonly macdHistogram: ISeriesApi<'Histogram'>;
  readonly markers: ISeriesMarkersPluginApi<Time>;
}

/** What the series hold, to tell a live update of the last bar from new data. */
interface Applied {
  readonly key: string;
  readonly count: number;
  readonly firstTime: number;
  readonly lastTime: number;
}

const PRICE_PANE = 0;
const RSI_PANE = 1;
const MACD_PANE = 2;
/** Bars in view after loading; the rest of the period is there to scroll back to. */
const VISIBLE_BARS = 150;

const OVERLAY_OF: Readonly<Record<Exclude<LineKey, 'rsi' | 'macd' | 'macdSignal'>, ChartOverlay>> = {
  sma20: 'sma',
  sma50: 'sma',
  ema12: 'ema',
  ema26: 'ema',
  bollingerUpper: 'bollinger',
  bollingerMiddle: 'bollinger',
  bollingerLower: 'bollinger',
  vwap: 'vwap',
};

function createHandle(container: HTMLElement): ChartHandle {
  const chart = createChart(container, {
    autoSize: true,
    crosshair: { mode: CrosshairMode.Normal },
    timeScale: { timeVisible: true, secondsVisible: false },
  });
  const candles = chart.addSeries(
    CandlestickSeries,
    { upColor: CHART_COLORS.up, downColor: CHART_COLORS.down, wickUpColor: CHART_COLORS.up, wickDownColor: CHART_COLORS.down, borderVisible: false },
    PRICE_PANE,
  );
  candles.priceScale().applyOptions({ scaleMargins: { top: 0.08, bottom: 0.22 } });
  const volume = chart.addSeries(HistogramSeries, { priceScaleId: 'volume', priceFormat: { type: 'volume' }, lastValueVisible: false, priceLineVisible: false }, PRICE_PANE);
  // Volume sits in the bottom fifth of the price pane, under the candles.
  chart.priceScale('volume').applyOptions({ scaleMargins: { top: 0.82, bottom: 0 } });
  const line = (color: string, pane: number, title = '', lineStyle = LineStyle.Solid) =>
    chart.addSeries(LineSeries, { color, lineWidth: 1, lineStyle, title, priceLineVisible: false, lastValueVisible: title !== '', crosshairMarkerVisible: false }, pane);
  const lines: Record<LineKey, ISeriesApi<'Line'>> = {
    sma20: line(CHART_COLORS.sma20, PRICE_PANE),
    sma50: line(CHART_COLORS.sma50, PRICE_PANE),
    ema12: line(CHART_COLORS.ema12, PRICE_PANE),
    ema26: line(CHART_COLORS.ema26, PRICE_PANE),
    bollingerUpper: line(CHART_COLORS.bollinger, PRICE_PANE, '', LineStyle.Dashed),
    bollingerMiddle: line(CHART_COLORS.bollinger, PRICE_PANE, '', LineStyle.Dotted),
    bollingerLower: line(CHART_COLORS.bollinger, PRICE_PANE, '', LineStyle.Dashed),
    vwap: line(CHART_COLORS.vwap, PRICE_PANE),
    rsi: line(CHART_COLORS.rsi, RSI_PANE, 'RSI 14'),
    macd: line(CHART_COLORS.macd, MACD_PANE, 'MACD'),
    macdSignal: line(CHART_COLORS.macdSignal, MACD_PANE, 'Signal'),
  };
  for (const level of [70, 30]) lines.rsi.createPriceLine({ price: level, color: CHART_COLORS.bollinger, lineWidth: 1, lineStyle: LineStyle.Dotted, axisLabelVisible: false, title: '' });
  const macdHistogram = chart.addSeries(HistogramSeries, { priceLineVisible: false, lastValueVisible: false }, MACD_PANE);
  const panes = chart.panes();
  panes[PRICE_PANE]?.setStretchFactor(3);
  panes[RSI_PANE]?.setStretchFactor(1);
  panes[MACD_PANE]?.setStretchFactor(1);
  return { chart, candles, volume, lines, macdHistogram, markers: createSeriesMarkers(candles, []) };
}

/** All of `points`, or (a live update) the ones from `from` on, which the chart appends or replaces in place. */
function write<T extends SeriesType>(series: ISeriesApi<T>, points: readonly SeriesDataItemTypeMap[T][], from: number | null): void {
  if (from === null) series.setData([...points]);
  else for (const point of points.slice(from)) series.update(point);
}

/**
 * The lightweight-charts canvas: candles and volume, overlays, RSI and MACD panes, signal markers and the open
 * signal's stop and target lines. The chart is created once per mount and removed on unmount; prop changes
 * update its series (a live bar updates the last points only).
 */
export function ChartCanvas({ symbol, timeframe, bars, markers, openSignal, overlays, height }: ChartCanvasProps) {
  const theme = useTheme();
  const containerRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<ChartHandle | null>(null);
  const appliedRef = useRef<Applied | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const handle = createHandle(container);
    handleRef.current = handle;
    return () => {
      // Cleared first: the other effects' clean-ups run after this one and must not touch a removed chart.
      handleRef.current = null;
      appliedRef.current = null;
      handle.chart.remove();
    };
  }, []);

  useEffect(() => {
    const format = chartTimeFormat(timeframe);
    handleRef.current?.chart.applyOptions({
      layout: {
        background: { type: ColorType.Solid, color: theme.palette.background.paper },
        textColor: theme.palette.text.secondary,
        fontFamily: theme.typography.fontFamily,
        panes: { separatorColor: theme.palette.divider },
      },
      grid: { vertLines: { color: theme.palette.action.hover }, horzLines: { color: theme.palette.action.hover } },
      rightPriceScale: { borderColor: theme.palette.divider },
      timeScale: { borderColor: theme.palette.divider, timeVisible: timeframe !== '1d', tickMarkFormatter: format.tick },
      localization: { timeFormatter: format.time },
    });
  }, [theme, timeframe]);

  useEffect(() => {
    const handle = handleRef.current;
    if (handle === null) return;
    const data = barsToSeriesData(bars);
    const indicators = indicatorSeriesOf(bars);
    const count = data.candles.length;
    const lastTime = data.candles.at(-1)?.time ?? 0;
    const key = `${symbol}:${timeframe}`;
    const firstTime = data.candles[0]?.time ?? 0;
    const previous = appliedRef.current;
    let from: number | null = null;
    if (previous !== null && previous.key === key && previous.firstTime === firstTime && count > 0) {
      if (count === previous.count && lastTime === previous.lastTime) from = count - 1;
      // A new bar: the one before it (now closed) is rewritten, then the new one appended.
      else if (count === previous.count + 1 && data.candles[count - 2]?.time === previous.lastTime) from = count - 2;
    }
    write(handle.candles, data.candles, from);
    write(handle.volume, data.volumes, from);
    for (const [name, series] of Object.entries(handle.lines) as [LineKey, ISeriesApi<'Line'>][]) write(series, indicators[name], from);
    write(handle.macdHistogram, indicators.macdHistogram, from);
    appliedRef.current = { key, count, firstTime, lastTime };
    // Only another symbol or timeframe moves the view; a refetch that shifts the period keeps where the user looks.
    if (previous?.key !== key) {
      const scale = handle.chart.timeScale();
      if (count > VISIBLE_BARS) scale.setVisibleLogicalRange({ from: count - VISIBLE_BARS, to: count + 2 });
      else scale.fitContent();
    }
  }, [symbol, timeframe, bars]);

  useEffect(() => {
    handleRef.current?.markers.setMarkers([...markers]);
  }, [markers]);

  useEffect(() => {
    const handle = handleRef.current;
    if (handle === null) return;
    const shown = new Set(overlays);
    for (const [name, overlay] of Object.entries(OVERLAY_OF) as [keyof typeof OVERLAY_OF, ChartOverlay][]) {
      const daily = overlay === 'vwap' && timeframe === '1d';
      handle.lines[name].applyOptions({ visible: shown.has(overlay) && !daily });
    }
  }, [overlays, timeframe]);

  const stopLoss = openSignal?.stopLoss ?? null;
  const takeProfit = openSignal?.takeProfit ?? null;
  useEffect(() => {
    const handle = handleRef.current;
    if (handle === null) return;
    const lines: IPriceLine[] = [];
    const level = (price: number | null, color: string, title: string) => {
      if (price !== null) lines.push(handle.candles.createPriceLine({ price, color, title, lineWidth: 1, lineStyle: LineStyle.Dashed, axisLabelVisible: true }));
    };
    level(stopLoss, CHART_COLORS.stopLoss, 'Stop');
    level(takeProfit, CHART_COLORS.takeProfit, 'Target');
    return () => {
      if (handleRef.current === handle) for (const line of lines) handle.candles.removePriceLine(line);
    };
  }, [stopLoss, takeProfit]);

  return (
    <Box
      ref={containerRef}
      role="img"
      aria-label={`${symbol} ${timeframe} candlestick chart with volume, RSI and MACD: ${bars.length} bars, ${markers.length} signal markers`}
      data-chart-symbol={symbol}
      data-chart-timeframe={timeframe}
      data-bar-count={bars.length}
      data-marker-count={markers.length}
      sx={{ height, width: '100%', position: 'relative' }}
    />
  );
}
