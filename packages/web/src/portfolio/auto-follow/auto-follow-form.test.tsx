// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { AutoFollowForm } from './auto-follow-form.js';
import type { AutoFollowSettings, AutoFollowSettingsInput } from './auto-follow-settings.js';
import { DEFAULT_AUTO_FOLLOW, TEST_PORTFOLIO_ID } from './auto-follow-test-data.test-support.js';

function describedText(label: string): string {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function type(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function stored(input: AutoFollowSettingsInput): AutoFollowSettings {
  return { ...input, portfolioId: TEST_PORTFOLIO_ID, updatedAt: '2026-05-04T15:00:00.000Z' };
}

afterEach(cleanup);

describe('AutoFollowForm', () => {
  it('shows the stored settings, confidence in percent, and says when they were never saved', () => {
    render(<AutoFollowForm settings={DEFAULT_AUTO_FOLLOW} canEdit onSave={async (input) => stored(input)} />);
    expect((screen.getByRole('switch', { name: 'Follow signals automatically' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Minimum confidence %') as HTMLInputElement).value).toBe('60');
    expect((screen.getByLabelText('Largest position % of equity') as HTMLInputElement).value).toBe('10');
    expect((screen.getByLabelText('Max open positions') as HTMLInputElement).value).toBe('5');
    expect((screen.getByLabelText('Daily loss limit %') as HTMLInputElement).value).toBe('3');
    expect(describedText('Symbols')).toBe('Empty: all symbols of your watchlists');
    const risk = screen.getByRole('group', { name: 'Accepted risk levels' });
    expect(within(risk).getAllByRole('checkbox').map((box) => [box.closest('label')?.textContent, (box as HTMLInputElement).checked])).toEqual([
      ['Low risk', true],
      ['Medium risk', true],
      ['High risk', false],
    ]);
    expect((screen.getByRole('switch', { name: "Close at the signal's stop-loss / take-profit" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Never saved: these are the defaults.')).toBeTruthy();
  });

  it('saves what was filled in as the API body and confirms', async () => {
    const sent: AutoFollowSettingsInput[] = [];
    render(<AutoFollowForm settings={DEFAULT_AUTO_FOLLOW} canEdit onSave={async (input) => (sent.push(input), stored(input))} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Follow signals automatically' }));
    type('Symbols', 'aapl msft, aapl');
    type('Minimum confidence %', '72.5');
    fireEvent.click(screen.getByRole('checkbox', { name: 'High risk' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Low risk' }));
    type('Largest position % of equity', '15');
    type('Max open positions', '8');
    type('Daily loss limit %', '2.5');
    fireEvent.click(screen.getByRole('switch', { name: "Close at the signal's stop-loss / take-profit" }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect((await screen.findByRole('status')).textContent).toBe('Saved');
    expect(sent).toEqual([
      { enabled: true, symbols: ['AAPL', 'MSFT'], minConfidence: 0.725, riskLevels: ['medium', 'high'], maxPositionPercent: 15, maxOpenPositions: 8, maxDailyLossPercent: 2.5, useStopLoss: false },
    ]);
    expect((screen.getByLabelText('Symbols') as HTMLInputElement).value).toBe('AAPL, MSFT');

    type('Max open positions', '9');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('sends nothing while a field is wrong, and names each one', () => {
    const sent: AutoFollowSettingsInput[] = [];
    render(<AutoFollowForm settings={DEFAULT_AUTO_FOLLOW} canEdit onSave={async (input) => (sent.push(input), stored(input))} />);
    type('Symbols', 'AAPL, BAD SYMBOL!');
    type('Minimum confidence %', '150');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Low risk' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Medium risk' }));
    type('Largest position % of equity', '0');
    type('Max open positions', '2.5');
    type('Daily loss limit %', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(sent).toEqual([]);
    expect(describedText('Symbols')).toBe('SYMBOL! is not a symbol (letters, digits and . - = ^ /, up to 20)');
    expect(describedText('Minimum confidence %')).toBe('a percentage from 0 to 100');
    expect(within(screen.getByRole('group', { name: 'Accepted risk levels' })).getByText('pick at least one risk level')).toBeTruthy();
    expect(describedText('Largest position % of equity')).toBe('a percentage above 0, up to 100');
    expect(describedText('Max open positions')).toBe('a whole number from 1 to 100');
    expect(describedText('Daily loss limit %')).toBe('required');
    expect(screen.getByLabelText('Minimum confidence %').getAttribute('aria-invalid')).toBe('true');

    type('Minimum confidence %', '50');
    expect(describedText('Minimum confidence %')).toBe('weaker signals are skipped');
    expect(describedText('Max open positions')).toBe('a whole number from 1 to 100');
  });

  it("shows the API's field problems at their fields and other refusals in an alert, and keeps Save disabled while saving", async () => {
    let answer: () => void = () => undefined;
    const refusals: (Error | null)[] = [
      new ApiError(400, 'GS_ERR_VALIDATION', 'body.maxPositionPercent must be at most 100', [{ field: 'body.maxPositionPercent', message: 'must be at most 100' }]),
      new ApiError(404, 'GS_ERR_NOT_FOUND', 'portfolio not found'),
      null,
    ];
    render(
      <AutoFollowForm
        settings={DEFAULT_AUTO_FOLLOW}
        canEdit
        onSave={(input) => {
          const refusal = refusals.shift();
          if (refusal instanceof Error) return Promise.reject(refusal);
          return new Promise((resolve) => (answer = () => resolve(stored(input))));
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('must be at most 100');
    expect(describedText('Largest position % of equity')).toBe('must be at most 100');
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('portfolio not found');

    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const saving = await screen.findByRole('button', { name: 'Saving…' });
    expect((saving as HTMLButtonElement).disabled).toBe(true);
    answer();
    expect((await screen.findByRole('status')).textContent).toBe('Saved');
    expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows a viewer the settings without a way to change them', () => {
    render(<AutoFollowForm settings={{ ...DEFAULT_AUTO_FOLLOW, enabled: true, symbols: ['NVDA'] }} canEdit={false} onSave={async (input) => stored(input)} />);
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
    expect((screen.getByLabelText('Symbols') as HTMLInputElement).value).toBe('NVDA');
    expect((screen.getByLabelText('Symbols') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('switch', { name: 'Follow signals automatically' }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'High risk' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/Read-only/)).toBeTruthy();
  });
});
