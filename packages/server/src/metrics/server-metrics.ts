import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ProviderCallEvent } from '../market-data/chain/provider-call-event.js';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';

/** Circuit states as the gauge reports them: 0 closed, 1 half-open, 2 open. */
export const CIRCUIT_STATE_VALUE: Readonly<Record<string, number>> = { closed: 0, 'half-open': 1, open: 2 };

/** Live figures read when /metrics is scraped (gauges that are cheaper to read than to keep up to date). */
export interface MetricsSources {
  readonly websocketConnections?: () => number;
  readonly queueDepth?: () => number;
  readonly circuitStates?: () => readonly { readonly provider: string; readonly state: string }[];
}

/**
 * The Prometheus metrics of one server: HTTP latency, signals by action, signal and agent latency,
 * provider calls and circuits, WebSocket connections, queue depth, plus Node's defaults. One registry
 * per server (not prom-client's global one), so tests and several apps in a process never collide.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  private readonly signalsGenerated: Counter<'action' | 'timeframe'>;
  private readonly signalDuration: Histogram<'timeframe'>;
  private readonly agentDuration: Histogram<'agent'>;
  private readonly agentErrors: Counter<'agent'>;
  private readonly providerCalls: Counter<'provider' | 'method' | 'outcome'>;
  private readonly providerDuration: Histogram<'provider' | 'method'>;

  constructor(sources: MetricsSources = {}) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'goldensignals_' });
    this.httpDuration = new Histogram({
      name: 'goldensignals_http_request_duration_seconds',
      help: 'HTTP request latency by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.signalsGenerated = new Counter({ name: 'goldensignals_signals_generated_total', help: 'Signals generated, by action and timeframe', labelNames: ['action', 'timeframe'], registers });
    this.signalDuration = new Histogram({
      name: 'goldensignals_signal_generation_duration_seconds',
      help: 'Time to generate one signal (bars, engine, storage)',
      labelNames: ['timeframe'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.agentDuration = new Histogram({
      name: 'goldensignals_agent_duration_seconds',
      help: 'Time one agent took on one bar',
      labelNames: ['agent'],
      buckets: [0.000_01, 0.000_05, 0.000_1, 0.000_5, 0.001, 0.005, 0.01],
      registers,
    });
    this.agentErrors = new Counter({ name: 'goldensignals_agent_errors_total', help: 'Agent runs that threw or timed out (excluded from the consensus)', labelNames: ['agent'], registers });
    this.providerCalls = new Counter({
      name: 'goldensignals_provider_requests_total',
      help: 'Market data provider calls by outcome (success, error, timeout, rejected, circuit-open, throttled, ...)',
      labelNames: ['provider', 'method', 'outcome'],
      registers,
    });
    this.providerDuration = new Histogram({
      name: 'goldensignals_provider_request_duration_seconds',
      help: 'Market data provider call latency',
      labelNames: ['provider', 'method'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    new Gauge({
      name: 'goldensignals_provider_circuit_state',
      help: 'Circuit breaker state per provider: 0 closed, 1 half-open, 2 open',
      labelNames: ['provider'],
      registers,
      collect() {
        for (const circuit of sources.circuitStates?.() ?? []) this.set({ provider: circuit.provider }, CIRCUIT_STATE_VALUE[circuit.state] ?? -1);
      },
    });
    new Gauge({
      name: 'goldensignals_websocket_connections',
      help: 'Open WebSocket connections',
      registers,
      collect() {
        this.set(sources.websocketConnections?.() ?? 0);
      },
    });
    new Gauge({
      name: 'goldensignals_queue_depth',
      help: 'Signal jobs waiting or running',
      registers,
      collect() {
        this.set(sources.queueDepth?.() ?? 0);
      },
    });
  }

  /** Records one HTTP request (route = the route pattern, not the raw URL, so labels stay bounded). */
  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  /** Records a generated signal and how long it took. */
  observeSignal(signal: StoredSignal, milliseconds: number): void {
    this.signalsGenerated.inc({ action: signal.action, timeframe: signal.timeframe });
    this.signalDuration.observe({ timeframe: signal.timeframe }, milliseconds / 1000);
  }

  /** Records one agent run. */
  observeAgent(agent: string, milliseconds: number, failed: boolean): void {
    if (Number.isFinite(milliseconds)) this.agentDuration.observe({ agent }, milliseconds / 1000);
    if (failed) this.agentErrors.inc({ agent });
  }

  /** Records one provider call attempt (the chain's `onProviderCall`). */
  observeProviderCall(event: ProviderCallEvent): void {
    this.providerCalls.inc({ provider: event.provider, method: event.method, outcome: event.outcome });
    if (event.durationMs > 0) this.providerDuration.observe({ provider: event.provider, method: event.method }, event.durationMs / 1000);
  }

  /** The exposition text for `/metrics`. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
