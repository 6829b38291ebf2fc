/** A provider's circuit breaker as the metrics report it. */
export interface CircuitView {
  readonly provider: string;
  readonly state: 'closed' | 'half-open' | 'open' | 'unknown';
}
