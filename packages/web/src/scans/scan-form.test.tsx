// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import type { ScanBody } from './scan-body.js';
import { ScanForm } from './scan-form.js';

function describedText(label: string): string {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function type(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function pickTimeframe(timeframe: string): void {
  fireEvent.mouseDown(screen.getByLabelText('Timeframe'));
  fireEvent.click(screen.getByRole('option', { name: timeframe }));
}

afterEach(cleanup);

describe('ScanForm', () => {
  it('offers every timeframe, 1d first chosen, and says an empty list scans the watchlists', () => {
    render(<ScanForm submitting={false} error={null} onSubmit={() => undefined} />);
    expect(screen.getByRole('form', { name: 'Run a scan' })).toBeTruthy();
    expect(screen.getByLabelText('Timeframe').textContent).toBe('1d');
    fireEvent.mouseDown(screen.getByLabelText('Timeframe'));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w']);
    expect(describedText('Symbols')).toBe('Empty: the symbols of your watchlists');
  });

  it('sends the typed symbols upper-cased with the chosen timeframe', () => {
    const sent: ScanBody[] = [];
    render(<ScanForm submitting={false} error={null} onSubmit={(body) => sent.push(body)} />);
    type('Symbols', 'aapl, msft btc-usd');
    pickTimeframe('4h');
    fireEvent.click(screen.getByRole('button', { name: 'Run scan' }));
    expect(sent).toEqual([{ symbols: ['AAPL', 'MSFT', 'BTC-USD'], timeframe: '4h' }]);
  });

  it('sends only the timeframe when no symbol is typed', () => {
    const sent: ScanBody[] = [];
    render(<ScanForm submitting={false} error={null} onSubmit={(body) => sent.push(body)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Run scan' }));
    expect(sent).toEqual([{ timeframe: '1d' }]);
  });

  it('sends nothing while a symbol is wrong, and names it at the field', () => {
    const sent: ScanBody[] = [];
    render(<ScanForm submitting={false} error={null} onSubmit={(body) => sent.push(body)} />);
    type('Symbols', 'AAPL, MS$FT');
    fireEvent.click(screen.getByRole('button', { name: 'Run scan' }));
    expect(sent).toEqual([]);
    expect(describedText('Symbols')).toBe('MS$FT is not a symbol (letters, digits and . - = ^ /, up to 20)');
    expect(screen.getByLabelText('Symbols').getAttribute('aria-invalid')).toBe('true');
    type('Symbols', 'AAPL, MSFT');
    expect(describedText('Symbols')).toBe('Empty: the symbols of your watchlists');
  });

  it("shows the API's message in an alert and its symbols problem at the field until the field changes", () => {
    const error = new ApiError(400, 'GS_ERR_VALIDATION', 'body.symbols is required: your watchlists hold no symbols to scan', [
      { field: 'body.symbols', message: 'is required: your watchlists hold no symbols to scan' },
    ]);
    render(<ScanForm submitting={false} error={error} onSubmit={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toBe('body.symbols is required: your watchlists hold no symbols to scan');
    expect(describedText('Symbols')).toBe('is required: your watchlists hold no symbols to scan');
    type('Symbols', 'AAPL');
    expect(describedText('Symbols')).toBe('Empty: the symbols of your watchlists');
  });

  it('cannot be sent twice while a submit is under way', () => {
    render(<ScanForm submitting error={null} onSubmit={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Submitting…' })).toHaveProperty('disabled', true);
  });
});
