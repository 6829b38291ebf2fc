import { describe, expect, it } from 'vitest';
import { parsePrometheusText } from './parse-prometheus-text.js';
import { systemMetricsOf } from './system-metrics-of.js';

// As prom-client writes it, trimmed to the lines around the ones the page reads.
const EXPOSITION = `# HELP goldensignals_process_cpu_user_seconds_total Total user CPU time spent in seconds.
# TYPE goldensignals_process_cpu_user_seconds_total counter
goldensignals_process_cpu_user_seconds_total 1.234

# HELP goldensignals_http_request_duration_seconds HTTP request latency by method, route pattern and status
# TYPE goldensignals_http_request_duration_seconds histogram
goldensignals_http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/api/v1/signals/:symbol",status="200"} 17
# HELP goldensignals_provider_circuit_state Circuit breaker state per provider: 0 closed, 1 half-open, 2 open
# TYPE goldensignals_provider_circuit_state gauge
goldensignals_provider_circuit_state{provider="yahoo"} 2
goldensignals_provider_circuit_state{provider="polygon"} 0
goldensignals_provider_circuit_state{provider="alpha \\"vantage\\", inc"} 1
goldensignals_provider_circuit_state{provider="odd"} -1
# HELP goldensignals_websocket_connections Open WebSocket connections
# TYPE goldensignals_websocket_connections gauge
goldensignals_websocket_connections 3
# TYPE goldensignals_queue_depth gauge
goldensignals_queue_depth 12 1767225600000
goldensignals_broken{provider="x 5
`;

describe('parsePrometheusText', () => {
  it('reads names, labels (with escapes and commas) and values, skipping comments and broken lines', () => {
    const samples = parsePrometheusText(EXPOSITION);
    expect(samples.map((sample) => sample.name)).toEqual([
      'goldensignals_process_cpu_user_seconds_total',
      'goldensignals_http_request_duration_seconds_bucket',
      'goldensignals_provider_circuit_state',
      'goldensignals_provider_circuit_state',
      'goldensignals_provider_circuit_state',
      'goldensignals_provider_circuit_state',
      'goldensignals_websocket_connections',
      'goldensignals_queue_depth',
    ]);
    expect(samples[0].value).toBe(1.234);
    expect(samples[1].labels).toEqual({ le: '+Inf', method: 'GET', route: '/api/v1/signals/:symbol', status: '200' });
    expect(samples[4].labels.provider).toBe('alpha "vantage", inc');
    expect(samples[7].value).toBe(12);
  });
});

describe('systemMetricsOf', () => {
  it('names each circuit state by provider and reads connections and queue depth', () => {
    expect(systemMetricsOf(parsePrometheusText(EXPOSITION))).toEqual({
      circuits: [
        { provider: 'alpha "vantage", inc', state: 'half-open' },
        { provider: 'odd', state: 'unknown' },
        { provider: 'polygon', state: 'closed' },
        { provider: 'yahoo', state: 'open' },
      ],
      websocketConnections: 3,
      queueDepth: 12,
    });
  });

  it('reports figures the server does not expose as missing, not zero', () => {
    expect(systemMetricsOf(parsePrometheusText('# nothing here\n'))).toEqual({ circuits: [], websocketConnections: null, queueDepth: null });
  });
});
