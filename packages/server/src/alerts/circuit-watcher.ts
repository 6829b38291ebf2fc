import type { ProviderCircuitState } from '../market-data/chain/provider-fallback.js';
import type { ProviderChange } from './alert-messages.js';

/** Options of {@link CircuitWatcher}. */
export interface CircuitWatcherOptions {
  /** The providers' circuits now (`ProviderChain.circuitStates`). */
  readonly circuits: () => readonly ProviderCircuitState[];
  /** Told of each provider going down (circuit open) and coming back (closed again). */
  readonly onChange: (change: ProviderChange) => void;
  readonly now?: () => number;
}

/**
 * Turns the provider chain's circuit breakers into down/up events by comparing their states at each `check`: a
 * provider is down from the moment its circuit opens until it closes again (half-open, waiting for or making its
 * trial call, still counts as down). Every provider starts up, as every circuit starts closed. Call `check` on a
 * timer, and after provider calls for promptness: it costs a look at each circuit.
 */
export class CircuitWatcher {
  readonly #down = new Set<string>();

  constructor(private readonly options: CircuitWatcherOptions) {}

  /** Compares the circuits with the last check and reports each change. */
  check(): void {
    const now = (this.options.now ?? Date.now)();
    for (const circuit of this.options.circuits()) {
      const down = circuit.state !== 'closed';
      if (down === this.#down.has(circuit.provider)) continue;
      if (down) this.#down.add(circuit.provider);
      else this.#down.delete(circuit.provider);
      this.options.onChange({ provider: circuit.provider, event: down ? 'provider_down' : 'provider_up', failures: circuit.failures, at: down ? (circuit.openedAt ?? now) : now });
    }
  }
}
