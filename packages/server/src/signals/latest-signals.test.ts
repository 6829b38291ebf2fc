import { describe, expect, it } from 'vitest';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';
import { LatestSignals } from './latest-signals.js';

function signal(id: string, symbol: string, second: number): StoredSignal {
  return { id, symbol, createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, second)).toISOString() } as StoredSignal;
}

describe('LatestSignals', () => {
  it('answers the newest signals first, with a symbol filter, from what it holds', () => {
    const latest = new LatestSignals(3);
    latest.seed([signal('a', 'AAPL', 1), signal('b', 'MSFT', 2)]);
    latest.add(signal('c', 'AAPL', 3));
    expect(latest.latest(2)?.map((s) => s.id)).toEqual(['c', 'b']);
    expect(latest.latest(5, ['AAPL'])?.map((s) => s.id)).toEqual(['c', 'a']);
  });

  it('says it does not know once it has dropped older signals it may be asked for', () => {
    const latest = new LatestSignals(2);
    latest.seed([signal('a', 'AAPL', 1)]);
    latest.add(signal('b', 'MSFT', 2));
    latest.add(signal('c', 'MSFT', 3));
    expect(latest.latest(2)?.map((s) => s.id)).toEqual(['c', 'b']);
    expect(latest.latest(3)).toBeNull();
    expect(latest.latest(1, ['AAPL'])).toBeNull();
    expect(latest.latest(1, ['MSFT'])?.map((s) => s.id)).toEqual(['c']);
  });

  it('keeps the order when a signal stored earlier arrives late', () => {
    const latest = new LatestSignals(5);
    latest.seed([]);
    latest.add(signal('b', 'X', 2));
    latest.add(signal('a', 'X', 1));
    expect(latest.latest(5)?.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('holds a signal once when it is added again, keeping the newer copy (a node hearing its own signal from the bus)', () => {
    const latest = new LatestSignals(5);
    latest.seed([signal('a', 'X', 1)]);
    latest.add(signal('b', 'Y', 2));
    const updated = { ...signal('b', 'Y', 2), outcome: { result: 'target', at: '2024-01-02T00:00:00.000Z', price: 1, return: 0.02 } };
    latest.add(updated);
    expect(latest.latest(5)?.map((s) => s.id)).toEqual(['b', 'a']);
    expect(latest.latest(1)?.[0].outcome).toEqual(updated.outcome);
  });
});
