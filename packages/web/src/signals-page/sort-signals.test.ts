import { describe, expect, it } from 'vitest';
import { sortSignals } from './sort-signals.js';
import { testSignal } from './test-signal.test-support.js';

const A = testSignal({ id: 'a', symbol: 'MSFT', time: '2026-01-03T00:00:00Z', confidence: 0.4, riskLevel: 'high', outcome: { result: 'stop', at: '2026-01-04T00:00:00Z', price: 1, return: -0.02 } });
const B = testSignal({ id: 'b', symbol: 'AAPL', time: '2026-01-02T00:00:00Z', confidence: 0.9, riskLevel: 'low', outcome: null });
const C = testSignal({ id: 'c', symbol: 'TSLA', time: '2026-01-01T00:00:00Z', confidence: 0.4, riskLevel: 'medium', outcome: { result: 'target', at: '2026-01-02T00:00:00Z', price: 1, return: 0.05 } });

function ids(list: readonly { id: string }[]): string {
  return list.map((item) => item.id).join('');
}

describe('sortSignals', () => {
  it('sorts by a column either way, ties newest bar first, without changing the input', () => {
    const input = [C, A, B];
    expect(ids(sortSignals(input, { key: 'time', direction: 'desc' }))).toBe('abc');
    expect(ids(sortSignals(input, { key: 'symbol', direction: 'asc' }))).toBe('bac');
    expect(ids(sortSignals(input, { key: 'confidence', direction: 'desc' }))).toBe('bac');
    expect(ids(sortSignals(input, { key: 'confidence', direction: 'asc' }))).toBe('acb');
    expect(ids(sortSignals(input, { key: 'riskLevel', direction: 'desc' }))).toBe('acb');
    expect(ids(input)).toBe('cab');
  });

  it('puts signals without a return last whichever way outcomes are sorted', () => {
    expect(ids(sortSignals([B, A, C], { key: 'outcome', direction: 'desc' }))).toBe('cab');
    expect(ids(sortSignals([B, A, C], { key: 'outcome', direction: 'asc' }))).toBe('acb');
  });
});
