// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import type { BacktestBody } from './backtest-body.js';
import { BacktestForm } from './backtest-form.js';

const TODAY = new Date('2026-05-04T12:00:00Z');

function type(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function describedText(label: string): string {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

afterEach(cleanup);

describe('BacktestForm', () => {
  it('sends the symbols upper-cased, the dates, and the costs as fractions', () => {
    const sent: BacktestBody[] = [];
    render(<BacktestForm agents={[{ id: 'rsi', name: 'RSI' }]} submitting={false} error={null} onSubmit={(body) => sent.push(body)} today={TODAY} />);
    type('Symbols', 'aapl, msft');
    type('From', '2025-01-01');
    type('To (exclusive)', '2025-03-01');
    type('Starting cash', '25000');
    type('Commission (%)', '0.2');
    type('Slippage (%)', '0.05');
    fireEvent.click(screen.getByRole('button', { name: 'Run backtest' }));
    expect(sent).toEqual([
      { strategy: 'sma-cross', symbols: ['AAPL', 'MSFT'], timeframe: '1d', from: '2025-01-01', to: '2025-03-01', cash: 25_000, commission: 0.002, slippage: 0.0005, finalizeTrades: true },
    ]);
  });

  it('defaults to the last year up to today and sends nothing while fields are wrong', () => {
    const sent: BacktestBody[] = [];
    render(<BacktestForm agents={[]} submitting={false} error={null} onSubmit={(body) => sent.push(body)} today={TODAY} />);
    expect(screen.getByLabelText('From')).toHaveProperty('value', '2025-05-04');
    expect(screen.getByLabelText('To (exclusive)')).toHaveProperty('value', '2026-05-04');
    type('To (exclusive)', '2025-01-01');
    type('Starting cash', '0');
    type('Commission (%)', '12');
    fireEvent.click(screen.getByRole('button', { name: 'Run backtest' }));
    expect(sent).toEqual([]);
    expect(describedText('Symbols')).toBe('at least one symbol');
    expect(describedText('To (exclusive)')).toBe('after the start date');
    expect(describedText('Starting cash')).toBe('a positive amount');
    expect(describedText('Commission (%)')).toBe('a percentage from 0 to below 10');
    type('Symbols', 'AAPL');
    expect(describedText('Symbols')).toBe('');
  });

  it("shows the server's problems next to their fields and its message as an alert", () => {
    const error = new ApiError(400, 'GS_ERR_VALIDATION', 'the request is invalid', [
      { field: 'body.symbols[0]', message: 'must be a ticker such as AAPL or BTC-USD' },
      { field: 'body.from', message: 'the range spans 200000 1h bars' },
      { field: 'body', message: 'something else' },
    ]);
    render(<BacktestForm agents={[]} submitting={false} error={error} onSubmit={() => undefined} today={TODAY} />);
    expect(describedText('Symbols')).toBe('must be a ticker such as AAPL or BTC-USD');
    expect(describedText('From')).toBe('the range spans 200000 1h bars');
    expect(screen.getByRole('alert').textContent).toBe('the request is invalidbody: something else');
  });

  it('offers the agents as strategies', () => {
    const sent: BacktestBody[] = [];
    render(<BacktestForm agents={[{ id: 'rsi', name: 'RSI' }]} submitting={false} error={null} onSubmit={(body) => sent.push(body)} today={TODAY} />);
    fireEvent.mouseDown(screen.getByLabelText('Strategy'));
    fireEvent.click(screen.getByRole('option', { name: 'Agent: RSI' }));
    type('Symbols', 'BTC-USD');
    fireEvent.click(screen.getByRole('button', { name: 'Run backtest' }));
    expect(sent.map((body) => body.strategy)).toEqual(['agent:rsi']);
  });
});
