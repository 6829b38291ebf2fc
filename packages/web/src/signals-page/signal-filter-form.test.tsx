// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SIGNAL_FILTERS } from './empty-signal-filters.js';
import type { SignalFilterFields } from './signal-filter-fields.js';
import { SignalFilterForm } from './signal-filter-form.js';
import { signalsQueryString } from './signals-query-string.js';

afterEach(cleanup);

function type(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('SignalFilterForm', () => {
  it('applies what was entered, which becomes the API query', () => {
    const onApply = vi.fn<(fields: SignalFilterFields) => void>();
    render(<SignalFilterForm initial={EMPTY_SIGNAL_FILTERS} onApply={onApply} />);
    const form = screen.getByRole('form', { name: 'Filter signals' });
    type('Symbols', 'aapl, msft');
    fireEvent.click(within(form).getByRole('button', { name: 'BUY signals' }));
    fireEvent.click(within(form).getByRole('button', { name: 'HOLD signals' }));
    fireEvent.click(within(form).getByRole('button', { name: 'high risk' }));
    type('Min confidence %', '60');
    type('From', '2026-05-01');
    type('To', '2026-05-03');
    expect(onApply).not.toHaveBeenCalled();
    fireEvent.click(within(form).getByRole('button', { name: 'Apply filters' }));

    expect(onApply).toHaveBeenCalledTimes(1);
    const query = new URLSearchParams(signalsQueryString(onApply.mock.calls[0][0]));
    expect(Object.fromEntries(query)).toEqual({
      symbols: 'AAPL,MSFT',
      actions: 'BUY,HOLD',
      riskLevels: 'high',
      minConfidence: '0.6',
      from: new Date(2026, 4, 1).toISOString(),
      to: new Date(2026, 4, 4).toISOString(),
      limit: '50',
    });
  });

  it('shows what is wrong next to the field and applies nothing', () => {
    const onApply = vi.fn();
    render(<SignalFilterForm initial={EMPTY_SIGNAL_FILTERS} onApply={onApply} />);
    type('Min confidence %', '80');
    type('Max confidence %', '30');
    type('Symbols', 'AAPL, BAD SYMBOL!');
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByText('Not below the minimum')).toBeTruthy();
    expect(screen.getByText(/SYMBOL! is not a symbol/)).toBeTruthy();
  });

  it('starts from the applied filters, and Reset clears and applies no filter', () => {
    const onApply = vi.fn();
    render(<SignalFilterForm initial={{ ...EMPTY_SIGNAL_FILTERS, symbols: 'TSLA', actions: ['SELL'] }} onApply={onApply} />);
    expect((screen.getByLabelText('Symbols') as HTMLInputElement).value).toBe('TSLA');
    expect(screen.getByRole('button', { name: 'SELL signals' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onApply.mock.calls).toEqual([[EMPTY_SIGNAL_FILTERS]]);
    expect((screen.getByLabelText('Symbols') as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'SELL signals' }).getAttribute('aria-pressed')).toBe('false');
  });
});
