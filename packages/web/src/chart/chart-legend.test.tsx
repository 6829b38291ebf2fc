// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartLegend } from './chart-legend.js';
import { chartTestSignal } from './chart-test-signal.test-support.js';
import { signalToMarker } from './signal-to-marker.js';

afterEach(cleanup);

describe('ChartLegend', () => {
  it('lists the overlays shown and the panes, and describes the open signal', () => {
    const markers = [
      signalToMarker(chartTestSignal({ id: 'b', action: 'BUY' })),
      signalToMarker(chartTestSignal({ id: 's', action: 'SELL', time: '2026-03-03T00:00:00.000Z' })),
      signalToMarker(chartTestSignal({ id: 'h', action: 'HOLD', time: '2026-03-04T00:00:00.000Z' })),
    ];
    render(<ChartLegend overlays={['ema']} markers={markers} openSignal={chartTestSignal({ id: 's1', action: 'SELL', confidence: 0.815, entry: 200.5, stopLoss: 210.25, takeProfit: 180 })} />);
    const items = within(screen.getByRole('list', { name: 'Chart legend' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['EMA 12', 'EMA 26', 'RSI 14', 'MACD 12, 26, 9', 'BUY', 'SELL']);
    expect(screen.getByText(/Open SELL/).textContent).toBe('Signals on these bars: 1 BUY, 1 SELL. Open SELL (1d, 82% confidence): entry 200.5 · stop 210.25 · target 180.');
  });

  it('says when there is no signal to show, and lists HOLD dots when they are on', () => {
    render(<ChartLegend overlays={['holds']} markers={[]} openSignal={null} />);
    expect(screen.getByText(/No signals/).textContent).toBe('No signals on these bars. No open signal.');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain('HOLD');
  });
});
