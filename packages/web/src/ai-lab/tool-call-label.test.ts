import { describe, expect, it } from 'vitest';
import { toolCallLabel } from './tool-call-label.js';

describe('toolCallLabel', () => {
  it('lists the argument values, quoting only text that is not a plain token', () => {
    expect(toolCallLabel('get_quote', { symbol: 'AAPL' })).toBe('get_quote(AAPL)');
    expect(toolCallLabel('search_knowledge', { query: 'risk policy', k: 5 })).toBe('search_knowledge("risk policy", 5)');
    expect(toolCallLabel('search_signals', { symbols: ['AAPL', 'BTC-USD'], action: 'BUY', open: true })).toBe('search_signals([AAPL, BTC-USD], BUY, true)');
    expect(toolCallLabel('compare_agents', {})).toBe('compare_agents()');
  });

  it('reads arguments given as JSON text, and shows other text as it came', () => {
    expect(toolCallLabel('get_signal', '{"symbol":"MSFT","timeframe":"1d"}')).toBe('get_signal(MSFT, 1d)');
    expect(toolCallLabel('get_signal', 'MSFT please')).toBe('get_signal(MSFT please)');
  });

  it('shortens a long call to 80 characters', () => {
    const label = toolCallLabel('search_knowledge', { query: 'what did the earnings playbook say about options before results, and why' });
    expect(label).toHaveLength(80);
    expect(label.endsWith('…)')).toBe(true);
    expect(label.startsWith('search_knowledge("what did the earnings')).toBe(true);
  });
});
