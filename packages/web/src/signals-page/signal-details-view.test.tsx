// @vitest-environment jsdom
import type { SignalVote } from '@goldensignals/engine';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SignalDetails } from './signal-details.js';
import { SignalDetailsView } from './signal-details-view.js';
import { testSignal } from './test-signal.test-support.js';

afterEach(cleanup);

const VOTES: SignalVote[] = [
  { agent: 'rsi', category: 'technical', action: 'BUY', confidence: 0.7, weight: 1.1, status: 'voted', reasoning: 'RSI 28 is oversold' },
  { agent: 'macd', category: 'technical', action: 'BUY', confidence: 0.55, weight: 1.4, status: 'voted', reasoning: 'MACD crossed above its signal line' },
  { agent: 'options-flow', category: 'options', action: null, confidence: 0, weight: 1, status: 'abstained', reasoning: 'no options chain for NVDA' },
  { agent: 'drawdown', category: 'risk', action: 'HOLD', confidence: 0.4, weight: 0.9, status: 'voted', reasoning: 'drawdown 4% is mild' },
  { agent: 'news-sentiment', category: 'sentiment', action: null, confidence: 0, weight: 1, status: 'excluded', reasoning: 'threw: provider timed out' },
];

const DETAILS: SignalDetails = {
  signal: testSignal({ outcome: { result: 'target', at: '2026-11-24T10:00:00.000Z', price: 1302.9, return: 0.0554 } }),
  votes: VOTES,
  feedback: { count: 2, averageRating: 4.5 },
};

describe('SignalDetailsView', () => {
  it('shows the figures, the summary and the outcome of the signal', () => {
    render(<SignalDetailsView details={DETAILS} onShowHistory={vi.fn()} />);
    const figures = document.querySelector('dl');
    expect(figures?.textContent).toContain('Confidence73%');
    expect(figures?.textContent).toContain('Consensus strength80%');
    expect(figures?.textContent).toContain('Stop1,200.25');
    expect(figures?.textContent).toContain('Target1,302.9');
    expect(figures?.textContent).toContain('OutcomeTarget +5.54%');
    expect(figures?.textContent).toContain('Feedback4.5/5 (2)');
    expect(screen.getByText('BUY NVDA: 5 of 7 voters agree.')).toBeTruthy();
    expect(screen.getByText('3 voted · 1 abstained · 1 excluded')).toBeTruthy();
  });

  it('groups votes by category, the heaviest vote first, each with confidence, weight and reasoning', () => {
    render(<SignalDetailsView details={DETAILS} onShowHistory={vi.fn()} />);
    expect(screen.getAllByRole('region').map((region) => within(region).getByRole('heading').textContent)).toEqual([
      'Technical agents',
      'Risk agents',
      'Options agents',
      'Sentiment agents',
    ]);
    const technical = screen.getByRole('region', { name: 'Technical agents' });
    const items = within(technical).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-agent'))).toEqual(['macd', 'rsi']);
    expect(items[0].textContent).toContain('55% · weight 1.40');
    expect(items[0].textContent).toContain('MACD crossed above its signal line');
    expect(within(technical).getByText(/2 voted · weight BUY 2\.50/)).toBeTruthy();
  });

  it('shows an excluded or abstaining agent with why it did not count', () => {
    render(<SignalDetailsView details={DETAILS} onShowHistory={vi.fn()} />);
    const sentiment = within(screen.getByRole('region', { name: 'Sentiment agents' })).getByRole('listitem');
    expect(sentiment.getAttribute('data-vote-status')).toBe('excluded');
    expect(within(sentiment).getByText('Excluded')).toBeTruthy();
    expect(within(sentiment).getByText('Why: threw: provider timed out')).toBeTruthy();
    const options = within(screen.getByRole('region', { name: 'Options agents' })).getByRole('listitem');
    expect(within(options).getByText('Abstained')).toBeTruthy();
    expect(within(options).getByText('Why: no options chain for NVDA')).toBeTruthy();
  });

  it('opens the history of the symbol', () => {
    const onShowHistory = vi.fn();
    render(<SignalDetailsView details={DETAILS} onShowHistory={onShowHistory} />);
    fireEvent.click(screen.getByRole('button', { name: 'History of NVDA' }));
    expect(onShowHistory.mock.calls).toEqual([['NVDA']]);
  });
});
