import { describe, expect, it } from 'vitest';
import type { ProviderCircuitState } from '../market-data/chain/provider-fallback.js';
import type { ProviderChange } from './alert-messages.js';
import { CircuitWatcher } from './circuit-watcher.js';

describe('CircuitWatcher', () => {
  it('reports a provider down when its circuit opens and up when it closes again, once each; half-open is still down', () => {
    let states: ProviderCircuitState[] = [
      { provider: 'yahoo', state: 'closed', failures: 0, openedAt: null },
      { provider: 'simulator', state: 'closed', failures: 0, openedAt: null },
    ];
    const changes: ProviderChange[] = [];
    const watcher = new CircuitWatcher({ circuits: () => states, onChange: (change) => changes.push(change), now: () => 9_000 });
    watcher.check();
    expect(changes).toEqual([]);

    states = [{ ...states[0], state: 'open', failures: 5, openedAt: 8_000 }, states[1]];
    watcher.check();
    watcher.check();
    states = [{ ...states[0], state: 'half-open' }, states[1]];
    watcher.check();
    expect(changes).toEqual([{ provider: 'yahoo', event: 'provider_down', failures: 5, at: 8_000 }]);

    states = [{ provider: 'yahoo', state: 'closed', failures: 0, openedAt: null }, states[1]];
    watcher.check();
    expect(changes).toEqual([
      { provider: 'yahoo', event: 'provider_down', failures: 5, at: 8_000 },
      { provider: 'yahoo', event: 'provider_up', failures: 0, at: 9_000 },
    ]);
  });
});
