import type { CircuitView } from './circuit-view.js';

/** The few server figures the admin page shows, read from `/metrics`; `null` where the server does not report one. */
export interface SystemMetrics {
  readonly circuits: readonly CircuitView[];
  readonly websocketConnections: number | null;
  readonly queueDepth: number | null;
}
