import type { BusEvent, MessageBus } from '../bus/message-bus.js';
import type { ProviderCircuitState } from '../market-data/chain/provider-fallback.js';
import type { Notifier } from '../notify/notifier.js';
import type { Database } from '../storage/database.js';
import type { ForegroundWork } from '../support/foreground-work.js';
import { KeyedConcurrencyLimit } from '../support/keyed-concurrency-limit.js';
import { RecentKeys } from '../support/recent-keys.js';
import { alertSignalOf, closedBarOf, quoteObservationOf } from './alert-event-data.js';
import type { AlertFiring } from './alert-firing.js';
import { AlertDispatcher } from './alert-dispatcher.js';
import type { ProviderChange } from './alert-messages.js';
import { CircuitWatcher } from './circuit-watcher.js';
import { EventRules } from './event-rules.js';

/** What the evaluator was doing when something failed. */
export interface AlertErrorContext {
  readonly during: string;
  readonly alertId?: string;
}

/** Dependencies and settings of the {@link AlertEvaluator}. */
export interface AlertEvaluatorOptions {
  readonly database: Database;
  /** Signals, outcomes, quotes and bars come from it; `websocket` alerts go out on it. */
  readonly bus: Pick<MessageBus, 'subscribe' | 'publish'>;
  readonly notifier: Pick<Notifier, 'deliverMany'>;
  /** The dashboard's public address (`PUBLIC_URL`), for links in messages; default none. */
  readonly publicUrl?: string | null;
  /** The providers' circuit breakers (`ProviderChain.circuitStates`), for `system` rules; default: no system events. */
  readonly circuits?: () => readonly ProviderCircuitState[];
  /** How often the circuits are looked at, ms (default 5 s). */
  readonly circuitCheckMs?: number;
  /** Events evaluated at once (default 4), of different symbols: each reads rules (and maybe bars) from the database. */
  readonly maxConcurrent?: number;
  /** Events waiting beyond which new ones are dropped and reported (default 10,000): memory stays bounded in a flood. */
  readonly maxQueued?: number;
  /** Deliveries attempted at once (default 200); further ones wait in the notifier's queue for its drain. */
  readonly maxDeliveriesInFlight?: number;
  readonly now?: () => number;
  /** Work that goes first (signal generation): each evaluation waits until it has settled. */
  readonly foreground?: Pick<ForegroundWork, 'settled'>;
  /** Told about failures (database errors, malformed events); must not throw. Default: stderr. */
  readonly onError?: (error: unknown, context: AlertErrorContext) => void;
}

function reportToStderr(error: unknown, context: AlertErrorContext): void {
  console.error(`alerts: ${context.during} failed`, context, error);
}

/** The symbol an event is about, to keep one symbol's events in order. */
function symbolOf(data: unknown): string | undefined {
  const symbol: unknown = typeof data === 'object' && data !== null ? (data as { readonly symbol?: unknown }).symbol : undefined;
  return typeof symbol === 'string' ? `symbol:${symbol}` : undefined;
}

/** Signal and outcome ids remembered, so an event delivered twice (the bus is at least once) is evaluated once here. */
const REMEMBERED_EVENTS = 10_000;

/**
 * Evaluates alert rules against what happens: new signals, signals the scorecard closed, quotes and closed bars
 * from the bus, and provider circuits opening and closing. Each rule an event meets becomes a trigger, stored once
 * per rule and event (so API nodes evaluating the same event agree on one) and sent unless quiet hours or the
 * hourly limit hold it back. Handling never blocks the bus or the signal pipeline: events queue here, a few are
 * evaluated at once, deliveries are not awaited, and nothing thrown escapes.
 */
export class AlertEvaluator {
  private readonly rules: EventRules;
  private readonly dispatcher: AlertDispatcher;
  private readonly limit: KeyedConcurrencyLimit;
  private readonly maxQueued: number;
  private readonly now: () => number;
  private readonly onError: (error: unknown, context: AlertErrorContext) => void;
  private readonly seen = new RecentKeys(REMEMBERED_EVENTS);
  private readonly running = new Set<Promise<void>>();
  private readonly watcher: CircuitWatcher | undefined;
  private unsubscribe: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: AlertEvaluatorOptions) {
    this.now = options.now ?? Date.now;
    this.onError = options.onError ?? reportToStderr;
    // One event of a symbol at a time, in arrival order (crossings compare with the previous price; a rule's
    // earlier trigger takes its hourly allowance first); events of different symbols side by side.
    this.limit = new KeyedConcurrencyLimit(options.maxConcurrent ?? 4, 1);
    this.maxQueued = options.maxQueued ?? 10_000;
    this.rules = new EventRules(options.database);
    this.dispatcher = new AlertDispatcher({
      database: options.database,
      bus: options.bus,
      notifier: options.notifier,
      publicUrl: options.publicUrl ?? null,
      now: this.now,
      maxDeliveriesInFlight: options.maxDeliveriesInFlight ?? 200,
      onError: (error, context) => this.report(error, context),
    });
    const circuits = options.circuits;
    this.watcher = circuits === undefined ? undefined : new CircuitWatcher({ circuits, now: this.now, onChange: (change) => this.handleSystemChange(change) });
  }

  /** Subscribes to the bus and starts watching the circuits. Calling it twice is harmless. */
  start(): void {
    if (this.unsubscribe !== undefined) return;
    this.unsubscribe = this.options.bus.subscribe((event) => {
      this.handle(event);
    });
    if (this.watcher !== undefined) {
      const watcher = this.watcher;
      this.timer = setInterval(() => this.checkCircuits(watcher), this.options.circuitCheckMs ?? 5_000);
      this.timer.unref();
    }
  }

  /** Unsubscribes, stops watching, and waits for the evaluations and deliveries in progress. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  /** Resolves once every event taken so far is evaluated and its deliveries have ended. */
  async idle(): Promise<void> {
    await this.evaluated();
    await this.dispatcher.idle();
  }

  /** Resolves once every event taken so far is evaluated: triggers recorded, deliveries started (not ended). */
  async evaluated(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Takes a bus event (signals, outcomes, quotes, bars; others are ignored) for evaluation; returns at once. */
  handle(event: BusEvent): void {
    switch (event.type) {
      case 'signal':
      case 'outcome':
      case 'quote':
      case 'bar':
        this.queue(event.type, symbolOf(event.data) ?? event.type, () => this.evaluate(event));
        return;
      default:
        return;
    }
  }

  /** Takes a provider going down or coming back for evaluation against `system` rules; returns at once. */
  handleSystemChange(change: ProviderChange): void {
    this.queue('system', 'system', async () => this.fireAll(await this.rules.ofSystemChange(change)));
  }

  /** Looks at the circuits now (also done on a timer once started); a no-op without `circuits`. */
  checkCircuits(watcher: CircuitWatcher | undefined = this.watcher): void {
    try {
      watcher?.check();
    } catch (error) {
      this.report(error, { during: 'circuit check' });
    }
  }

  private queue(during: string, key: string, work: () => Promise<void>): void {
    if (this.limit.queued >= this.maxQueued) {
      this.report(new Error(`more than ${this.maxQueued} events waiting; a ${during} event was dropped`), { during });
      return;
    }
    const step = async (): Promise<void> => {
      await this.options.foreground?.settled();
      await work();
    };
    const running = this.limit.run(key, step).catch((error: unknown) => this.report(error, { during }));
    this.running.add(running);
    void running.finally(() => this.running.delete(running));
  }

  private async evaluate(event: BusEvent): Promise<void> {
    if (event.type === 'signal' || event.type === 'outcome') {
      const signal = alertSignalOf(event.data);
      if (signal === null) throw new TypeError(`a ${event.type} event lacks fields alerts need (id, symbol, timeframe, time, action, confidence, consensusStrength, riskLevel, price, summary)`);
      if (event.type === 'signal') {
        if (this.seen.firstSeen(`signal:${signal.id}`)) await this.fireAll(await this.rules.ofSignal(signal));
      } else if (signal.outcome !== null && this.seen.firstSeen(`outcome:${signal.id}:${signal.outcome.result}`)) {
        await this.fireAll(await this.rules.ofOutcome(signal));
      }
      return;
    }
    if (event.type === 'quote') {
      const observation = quoteObservationOf(event.data);
      if (observation !== null) await this.fireAll(await this.rules.ofPrice(observation));
      return;
    }
    const closed = closedBarOf(event.data);
    if (closed === null) throw new TypeError('a bar event lacks its symbol, timeframe, time or OHLCV numbers');
    await this.fireAll([...(await this.rules.ofPrice(this.rules.priceOfBar(closed, this.now()))), ...(await this.rules.ofBar(closed))]);
  }

  /** Records and sends each firing; one rule's failure does not keep the others from firing. */
  private async fireAll(firings: readonly AlertFiring[]): Promise<void> {
    for (const firing of firings) {
      try {
        await this.dispatcher.fire(firing);
      } catch (error) {
        this.report(error, { during: 'fire', alertId: firing.rule.id });
      }
    }
  }

  private report(error: unknown, context: AlertErrorContext): void {
    try {
      this.onError(error, context);
    } catch {
      // A failing error listener must not become an unhandled rejection.
    }
  }
}
