import { TIMEFRAME_MS } from '@goldensignals/engine';
import { Alert, Box, Chip, LinearProgress, Stack, Typography, useMediaQuery, useTheme } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import { useLiveChannel } from '../live/use-live-channel.js';
import { formatPrice } from '../signals/format-price.js';
import { mergeSignals } from '../signals/merge-signals.js';
import type { SignalView } from '../signals/signal-view.js';
import { ChartCanvas } from './chart-canvas.js';
import { ChartLegend } from './chart-legend.js';
import type { ChartOverlay } from './chart-overlays.js';
import type { ChartTimeframe } from './chart-timeframes.js';
import { ChartToolbar } from './chart-toolbar.js';
import type { BarView, HistoricalBarsAnswer } from './historical-bars-answer.js';
import { historyRequestOf } from './history-request-of.js';
import { isChartTimeframe } from './is-chart-timeframe.js';
import { latestOpenSignal } from './latest-open-signal.js';
import { liveBarOf } from './live-bar-of.js';
import { mergeBars } from './merge-bars.js';
import { signalsToMarkers } from './signals-to-markers.js';

/** What {@link SymbolChart} shows. */
export interface SymbolChartProps {
  readonly symbol: string;
  readonly initialTimeframe?: ChartTimeframe;
}

/** The most signals the chart keeps (the API's page size). */
const SIGNAL_LIMIT = 500;
const NO_SIGNALS: readonly SignalView[] = [];
const MINUTE_MS = 60_000;

/** Bars pushed on one channel; a switch to another symbol or timeframe starts over. */
interface LiveBars {
  readonly channel: string;
  readonly bars: readonly BarView[];
  readonly simulated: boolean;
}

/**
 * A symbol's price chart: candles and volume of the chosen timeframe, SMA/EMA/Bollinger/VWAP overlays computed
 * from the bars, RSI and MACD panes, BUY/SELL markers with confidence (HOLDs as dots), the open signal's stop and target, and
 * live bars and signals from the WebSocket.
 */
export function SymbolChart({ symbol, initialTimeframe = '1d' }: SymbolChartProps) {
  const name = symbol.trim().toUpperCase();
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const [timeframe, setTimeframe] = useState<ChartTimeframe>(initialTimeframe);
  const [overlays, setOverlays] = useState<ChartOverlay[]>(['sma', 'holds']);
  const request = historyRequestOf(name, timeframe);

  const history = useQuery({
    queryKey: ['chart', 'bars', name, timeframe],
    queryFn: () => apiRequest<HistoricalBarsAnswer>('GET', request.barsPath),
    // The previous timeframe's bars stay on screen while the next ones load, instead of an empty chart.
    placeholderData: keepPreviousData,
    // The bars channel carries the bars that close for symbols the scheduler signals; a refetch brings the
    // forming bar (and any symbol) up to date too.
    refetchInterval: Math.min(Math.max(TIMEFRAME_MS[timeframe], MINUTE_MS), 15 * MINUTE_MS),
  });
  const signals = useQuery({
    queryKey: ['chart', 'signals', name, request.signalHours],
    queryFn: () => apiRequest<{ items: SignalView[] }>('GET', request.signalsPath),
    placeholderData: keepPreviousData,
  });

  const barsChannel = `bars:${name}:${timeframe}`;
  const [live, setLive] = useState<LiveBars>({ channel: barsChannel, bars: [], simulated: false });
  useLiveChannel(barsChannel, (message) => {
    const pushed = message.type === 'bar' ? liveBarOf(message.data) : null;
    if (pushed === null) return;
    setLive((current) => {
      const same = current.channel === barsChannel;
      return { channel: barsChannel, bars: mergeBars(same ? current.bars : [], [pushed.bar]), simulated: pushed.simulated || (same && current.simulated) };
    });
  });

  const [pushedSignals, setPushedSignals] = useState<{ readonly symbol: string; readonly items: readonly SignalView[] }>({ symbol: name, items: [] });
  useLiveChannel(`signals:${name}`, (message) => {
    if (message.type !== 'signal') return;
    const signal = message.data as SignalView;
    setPushedSignals((current) => ({ symbol: name, items: mergeSignals(current.symbol === name ? current.items : [], [signal], SIGNAL_LIMIT) }));
  });

  const answer = history.data;
  const barsTimeframe = isChartTimeframe(answer?.interval) ? answer.interval : timeframe;
  const liveApplies = live.channel === `bars:${answer?.symbol ?? ''}:${barsTimeframe}`;
  const bars = useMemo(() => {
    if (answer === undefined) return [];
    return liveApplies && live.bars.length > 0 ? mergeBars(answer.bars, live.bars) : answer.bars;
  }, [answer, live.bars, liveApplies]);

  const pushedItems = pushedSignals.symbol === name ? pushedSignals.items : NO_SIGNALS;
  const allSignals = useMemo(() => mergeSignals(signals.data?.items ?? [], pushedItems, SIGNAL_LIMIT), [signals.data, pushedItems]);
  const holds = overlays.includes('holds');
  const markers = useMemo(() => {
    const times = new Set(bars.map((bar) => Date.parse(bar.time) / 1000));
    return signalsToMarkers(allSignals, barsTimeframe, times, holds);
  }, [allSignals, bars, barsTimeframe, holds]);
  const openSignal = useMemo(() => latestOpenSignal(allSignals, Date.now()), [allSignals]);

  const simulated = answer?.simulated === true || (liveApplies && live.simulated);
  const last = bars.at(-1);
  const previousClose = bars.at(-2)?.close;
  const change = last !== undefined && previousClose !== undefined && previousClose !== 0 ? (last.close / previousClose - 1) * 100 : null;

  return (
    <Stack spacing={1}>
      <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {name}
        </Typography>
        {last !== undefined && <Typography variant="h6" component="span">{formatPrice(last.close)}</Typography>}
        {change !== null && (
          <Typography component="span" sx={{ color: change >= 0 ? 'success.main' : 'error.main' }}>
            {change >= 0 ? '+' : ''}
            {change.toFixed(2)}%
          </Typography>
        )}
        {simulated && <Chip size="small" color="warning" variant="outlined" label="Simulated" title="These bars come from the built-in market simulator, not from a market" data-simulated />}
        {answer?.stale === true && <Chip size="small" color="warning" label="Stale" title={answer.staleReason ?? 'Every provider failed: this is the last known data'} />}
      </Stack>
      <ChartToolbar timeframe={timeframe} overlays={overlays} onTimeframeChange={setTimeframe} onOverlaysChange={setOverlays} />
      {history.isError && (
        <Alert severity="error" role="alert">
          {history.error.message}
        </Alert>
      )}
      {signals.isError && (
        <Alert severity="warning" role="alert">
          Signals could not be loaded: {signals.error.message}
        </Alert>
      )}
      <Box sx={{ position: 'relative' }}>
        <ChartCanvas symbol={name} timeframe={barsTimeframe} bars={bars} markers={markers} openSignal={openSignal} overlays={overlays} height={phone ? 440 : 600} />
        {history.isPlaceholderData && <LinearProgress aria-label="Loading bars" sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 3 }} />}
        {(history.isPending || (history.isSuccess && bars.length === 0)) && (
          <Typography color="text.secondary" sx={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', zIndex: 3, pointerEvents: 'none' }}>
            {history.isPending ? `Loading ${name} bars…` : `No ${timeframe} bars for ${name} in this period.`}
          </Typography>
        )}
      </Box>
      <ChartLegend overlays={overlays} openSignal={openSignal} markers={markers} />
    </Stack>
  );
}
