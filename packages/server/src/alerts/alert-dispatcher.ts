import { randomUUID } from 'node:crypto';
import { alertEvent } from '../bus/bus-events.js';
import type { MessageBus } from '../bus/message-bus.js';
import type { NotificationMessage } from '../notify/notification-message.js';
import type { Notifier } from '../notify/notifier.js';
import type { Database } from '../storage/database.js';
import { AlertTriggerRepository, type AlertTrigger } from '../storage/repositories/alert-trigger-repository.js';
import { ChannelRepository } from '../storage/repositories/channel-repository.js';
import type { AlertFiring } from './alert-firing.js';
import { ruleLabel } from './rule-label.js';
import { triggerStatus } from './trigger-status.js';

/** Dependencies and settings of the {@link AlertDispatcher}. */
export interface AlertDispatcherOptions {
  readonly database: Database;
  /** Where `websocket` alerts go: every node's hub sends them to the owner's sockets. */
  readonly bus: Pick<MessageBus, 'publish'>;
  readonly notifier: Pick<Notifier, 'deliverMany'>;
  /** The dashboard's public address, for links in messages; null: none. */
  readonly publicUrl: string | null;
  readonly now: () => number;
  /** Deliveries attempted at once before further ones are queued for the notifier's retry pass. */
  readonly maxDeliveriesInFlight: number;
  readonly onError: (error: unknown, context: { readonly during: string; readonly alertId?: string }) => void;
}

/**
 * Records each firing as a trigger (once per rule and event key, whichever node gets there first) and sends the
 * triggers that are not held back: to the owner's live sockets over the bus and to each enabled channel of the
 * kinds the rule names. Deliveries run on their own, never awaited here: a slow channel holds no evaluation up.
 * Beyond `maxDeliveriesInFlight` they stay queued for the notifier's drain, which sends them shortly.
 */
export class AlertDispatcher {
  private readonly triggers: AlertTriggerRepository;
  private readonly channels: ChannelRepository;
  private readonly deliveries = new Set<Promise<unknown>>();

  constructor(private readonly options: AlertDispatcherOptions) {
    this.triggers = new AlertTriggerRepository(options.database.db);
    this.channels = new ChannelRepository(options.database.db);
  }

  /** Deliveries being attempted now. */
  get deliveriesInFlight(): number {
    return this.deliveries.size;
  }

  /** Records the firing; sends it unless another node or an earlier copy of the event already did, or the rule holds it back. */
  async fire(firing: AlertFiring): Promise<AlertTrigger | null> {
    const { rule } = firing;
    const id = randomUUID();
    const firedAt = this.options.now();
    const message = firing.message({ id, ruleLabel: ruleLabel(rule, firing.condition), publicUrl: this.options.publicUrl });
    const trigger = await this.triggers.record(
      { id, alertId: rule.id, eventKey: firing.eventKey, eventType: message.eventType, subject: message.subject, message, firedAt: new Date(firedAt) },
      (state) => triggerStatus(state, firedAt),
    );
    if (trigger === null || trigger.status !== 'sent') return trigger;
    await this.send(firing, trigger, message);
    return trigger;
  }

  /** Resolves once every delivery started so far has ended. */
  async idle(): Promise<void> {
    while (this.deliveries.size > 0) await Promise.allSettled([...this.deliveries]);
  }

  private async send(firing: AlertFiring, trigger: AlertTrigger, message: NotificationMessage): Promise<void> {
    const { rule } = firing;
    if (rule.channels.includes('websocket')) {
      const { id: triggerId, eventType, subject, text, fields, url, action } = message;
      const notice = { alertId: rule.id, triggerId, eventType, subject, text, fields, firedAt: trigger.firedAt.toISOString(), ...(url === undefined ? {} : { url }), ...(action === undefined ? {} : { action }) };
      this.options.bus.publish(alertEvent(rule.userId, notice)).catch((error: unknown) => this.options.onError(error, { during: 'publish', alertId: rule.id }));
    }
    const kinds = rule.channels.filter((kind) => kind !== 'websocket');
    if (kinds.length === 0) return;
    const targets = (await this.channels.listForUser(rule.userId)).filter((channel) => channel.enabled && (kinds as readonly string[]).includes(channel.kind));
    // One insert for every channel; as many attempted at once as the in-flight limit allows, the rest queued.
    const room = Math.max(0, this.options.maxDeliveriesInFlight - this.deliveries.size);
    const attempts = await this.options.notifier.deliverMany(targets, message, trigger.id, room);
    for (const attempt of attempts) {
      const delivery = attempt.catch((error: unknown) => this.options.onError(error, { during: 'deliver', alertId: rule.id }));
      this.deliveries.add(delivery);
      void delivery.finally(() => this.deliveries.delete(delivery));
    }
  }
}
