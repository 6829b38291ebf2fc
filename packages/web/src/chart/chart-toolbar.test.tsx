// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartToolbar } from './chart-toolbar.js';

afterEach(cleanup);

describe('ChartToolbar', () => {
  it('switches the timeframe and ignores a click on the one already chosen', () => {
    const onTimeframeChange = vi.fn();
    render(<ChartToolbar timeframe="1d" overlays={['sma']} onTimeframeChange={onTimeframeChange} onOverlaysChange={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Timeframe' });
    expect(within(group).getAllByRole('button').map((button) => button.textContent)).toEqual(['1m', '5m', '15m', '30m', '1h', '4h', '1D']);
    fireEvent.click(within(group).getByRole('button', { name: '1h bars' }));
    fireEvent.click(within(group).getByRole('button', { name: '1d bars' }));
    expect(onTimeframeChange.mock.calls).toEqual([['1h']]);
  });

  it('toggles overlays and HOLD dots on and off', () => {
    const onOverlaysChange = vi.fn();
    render(<ChartToolbar timeframe="1h" overlays={['sma']} onTimeframeChange={vi.fn()} onOverlaysChange={onOverlaysChange} />);
    const group = screen.getByRole('group', { name: 'Indicator overlays' });
    expect(within(group).getByRole('button', { name: /Simple moving averages/ }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(group).getByRole('button', { name: /Bollinger/ }));
    fireEvent.click(within(group).getByRole('button', { name: /Simple moving averages/ }));
    fireEvent.click(within(group).getByRole('button', { name: 'HOLD signals as grey dots' }));
    expect(onOverlaysChange.mock.calls).toEqual([[['sma', 'bollinger']], [[]], [['sma', 'holds']]]);
  });

  it('offers VWAP on intraday bars only', () => {
    const { rerender } = render(<ChartToolbar timeframe="1d" overlays={[]} onTimeframeChange={vi.fn()} onOverlaysChange={vi.fn()} />);
    expect(screen.getByRole('button', { name: /Volume-weighted/ }).hasAttribute('disabled')).toBe(true);
    rerender(<ChartToolbar timeframe="5m" overlays={[]} onTimeframeChange={vi.fn()} onOverlaysChange={vi.fn()} />);
    expect(screen.getByRole('button', { name: /Volume-weighted/ }).hasAttribute('disabled')).toBe(false);
  });
});
