import type { PrometheusSample } from './prometheus-sample.js';
import type { CircuitView } from './circuit-view.js';
import type { SystemMetrics } from './system-metrics.js';

// The gauge's encoding (packages/server/src/metrics/server-metrics.ts): 0 closed, 1 half-open, 2 open.
const CIRCUIT_STATES: readonly CircuitView['state'][] = ['closed', 'half-open', 'open'];

function single(samples: readonly PrometheusSample[], name: string): number | null {
  return samples.find((sample) => sample.name === name)?.value ?? null;
}

/** Circuit states per provider (by name), WebSocket connections and queue depth from the server's samples. */
export function systemMetricsOf(samples: readonly PrometheusSample[]): SystemMetrics {
  const circuits = samples
    .filter((sample) => sample.name === 'goldensignals_provider_circuit_state' && sample.labels.provider !== undefined)
    .map((sample): CircuitView => ({ provider: sample.labels.provider ?? '', state: CIRCUIT_STATES[sample.value] ?? 'unknown' }))
    .sort((left, right) => left.provider.localeCompare(right.provider));
  return {
    circuits,
    websocketConnections: single(samples, 'goldensignals_websocket_connections'),
    queueDepth: single(samples, 'goldensignals_queue_depth'),
  };
}
