import type { FastifyInstance } from 'fastify';
import { alertRoutes } from './alert-routes.js';
import { deliveryRoutes } from '../deliveries/delivery-routes.js';
import { callerFromHeader } from '../watchlists/caller-header.test-support.js';
import { createBaseApp } from '../../app/create-base-app.js';
import { alertOfEvent, type AlertNotice } from '../../bus/bus-events.js';
import { InProcessMessageBus } from '../../bus/in-process-message-bus.js';
import type { ProviderCircuitState } from '../../market-data/chain/provider-fallback.js';
import { startLocalReceiver, type LocalReceiver, type ReceivedRequest, type ReceiverAnswer } from '../../notify/local-receiver.test-support.js';
import { Notifier, type NotifierOptions } from '../../notify/notifier.js';
import { verifyWebhookSignature } from '../../notify/webhook-signature.js';
import type { ForegroundWork } from '../../support/foreground-work.js';
import type { StoredSignal, StoredSignalWithVotes } from '../../storage/repositories/stored-signal.js';
import type { Database } from '../../storage/database.js';
import { ChannelRepository, type NotificationChannel } from '../../storage/repositories/channel-repository.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import { signalFixture } from '../../storage/test-support/signal-fixture.test-support.js';
import { AlertEvaluator, type AlertErrorContext } from '../../alerts/alert-evaluator.js';

/** The dashboard address the tests configure. */
export const PUBLIC_URL = 'https://signals.example.com';
/** The signing secret of the tests' webhook channels. */
export const SECRET = 'whsec_alert-evaluator-test';

/** A webhook body as the receiver parses it. */
export interface ReceivedAlert {
  readonly id: string;
  readonly type: string;
  readonly subject: string;
  readonly text: string;
  readonly fields: readonly { readonly name: string; readonly value: string }[];
  readonly url: string | null;
  readonly action: string | null;
}

/** A webhook receiver that refuses (401) what does not verify with {@link SECRET}, then answers as told. */
export function verifying(then: (request: ReceivedRequest) => ReceiverAnswer): (request: ReceivedRequest) => ReceiverAnswer {
  return (request) => {
    const check = verifyWebhookSignature(request.rawBody, request.headers['x-goldensignals-signature'] as string | undefined, SECRET);
    return check.valid ? then(request) : { status: 401, body: check.reason };
  };
}

/** The parsed bodies of the requests a receiver got. */
export function bodiesOf(receiver: LocalReceiver): ReceivedAlert[] {
  return receiver.requests.map((request) => JSON.parse(request.rawBody) as ReceivedAlert);
}

/** Everything an evaluator test runs on: a real bus, notifier, evaluator, local receivers and the HTTP routes. */
export class EvaluatorFixture {
  /** The clock of the evaluator and the notifier, epoch ms; tests move it. */
  clock = Date.parse('2026-03-02T15:00:00.000Z');
  readonly bus = new InProcessMessageBus();
  /** `alert` events published for sockets, by owner. */
  readonly socketAlerts: { readonly userId: string | null; readonly alert: AlertNotice }[] = [];
  readonly errors: { readonly error: unknown; readonly context: AlertErrorContext }[] = [];
  circuits: ProviderCircuitState[] = [];
  readonly notifier: Notifier;
  readonly evaluator: AlertEvaluator;
  private readonly receivers: LocalReceiver[] = [];
  private app: FastifyInstance | undefined;

  constructor(
    private readonly database: Database,
    notifierOptions: Partial<NotifierOptions> = {},
    foreground?: ForegroundWork,
  ) {
    this.notifier = new Notifier({ database, now: () => this.clock, retryDelaysMs: [1_000, 2_000], timeoutMs: 2_000, ...notifierOptions });
    this.evaluator = new AlertEvaluator({
      database,
      bus: this.bus,
      notifier: this.notifier,
      publicUrl: PUBLIC_URL,
      circuits: () => this.circuits,
      now: () => this.clock,
      foreground,
      onError: (error, context) => this.errors.push({ error, context }),
    });
    this.bus.subscribe((event) => {
      const alert = alertOfEvent(event);
      if (alert !== undefined) this.socketAlerts.push(alert);
    });
    this.evaluator.start();
  }

  /** A webhook receiver on a free local port, closed with the fixture. */
  async receiver(handler: (request: ReceivedRequest) => ReceiverAnswer): Promise<LocalReceiver> {
    const started = await startLocalReceiver(handler);
    this.receivers.push(started);
    return started;
  }

  /** A webhook channel of `userId` pointing at `receiver`. */
  webhook(userId: string | null, receiver: LocalReceiver, name = 'Desk'): Promise<NotificationChannel> {
    return new ChannelRepository(this.database.db).create({ userId, kind: 'webhook', name, config: { url: `${receiver.baseUrl}/hook` }, secret: SECRET });
  }

  /** A stored signal (the engine's real one, every vote included) with some fields replaced. */
  async storedSignal(overrides: Parameters<typeof signalFixture>[0] = {}): Promise<StoredSignalWithVotes> {
    return new SignalRepository(this.database.db).save(signalFixture({ symbol: 'AAPL', timeframe: '1h', action: 'BUY', confidence: 0.72, riskLevel: 'medium', ...overrides }));
  }

  /** The signal as the bus carries it: without its votes. */
  withoutVotes(signal: StoredSignalWithVotes): StoredSignal {
    const { votes: _votes, ...rest } = signal;
    return rest;
  }

  /** An app with the alert and delivery routes; `x-test-user-id` picks the caller (none: the install owner). */
  async api(): Promise<FastifyInstance> {
    if (this.app !== undefined) return this.app;
    const app = await createBaseApp();
    callerFromHeader(app, 'trader');
    await app.register(alertRoutes, { prefix: '/api/v1', database: this.database });
    await app.register(deliveryRoutes, { prefix: '/api/v1', database: this.database, notifier: this.notifier });
    this.app = app;
    return app;
  }

  async close(): Promise<void> {
    await this.evaluator.stop();
    await this.notifier.stop();
    await this.app?.close();
    await Promise.all(this.receivers.splice(0).map((receiver) => receiver.close()));
    await this.bus.close();
  }
}
