import { and, count, desc, eq, gt, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { alertTriggers, type TriggerStatus } from '../schema/alert-triggers.js';
import { alerts, type QuietHours } from '../schema/alerts.js';
import { isUuid } from './is-uuid.js';

/** A stored firing of an alert rule. */
export type AlertTrigger = InferSelectModel<typeof alertTriggers>;

/** A firing to record. */
export interface NewAlertTrigger {
  /** The trigger's id: the id of its message too, the same on every channel. */
  readonly id: string;
  readonly alertId: string;
  /** What fired the rule, unique per rule: `signal:<id>`, `outcome:<id>:<kind>`, `price:<time>`, ... */
  readonly eventKey: string;
  /** `alert.signal`, `alert.outcome`, `alert.price`, `alert.indicator`, `alert.system`. */
  readonly eventType: string;
  readonly subject: string;
  /** The message as sent (or as it would have been sent). */
  readonly message: unknown;
  readonly firedAt: Date;
}

/** What the status of a new trigger is decided from: the rule's settings as they are when it fires. */
export interface TriggerRuleState {
  readonly quietHours: QuietHours | null;
  readonly maxPerHour: number | null;
  /** Triggers of the rule sent in the hour before this one (counted only when the rule has a limit). */
  readonly sentInLastHour: number;
}

const HOUR_MS = 3_600_000;

/** Firings of alert rules, each unique per (rule, event key). */
export class AlertTriggerRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Records a firing unless the rule already fired for this event key; `null` when it did, or when the rule is gone.
   * The rule's row is locked meanwhile, so firings of one rule are recorded one at a time on every node: the hourly
   * count cannot be passed by two firings at once, and of two nodes recording the same event exactly one gets the
   * trigger (the unique key backs this up). The status comes from `statusOf`; `last_triggered_at` is updated.
   */
  async record(input: NewAlertTrigger, statusOf: (rule: TriggerRuleState) => TriggerStatus): Promise<AlertTrigger | null> {
    if (!isUuid(input.alertId)) return null;
    return this.db.transaction(async (tx) => {
      const [rule] = await tx.select({ quietHours: alerts.quietHours, maxPerHour: alerts.maxPerHour }).from(alerts).where(eq(alerts.id, input.alertId)).for('update');
      if (rule === undefined) return null;
      const [existing] = await tx
        .select({ id: alertTriggers.id })
        .from(alertTriggers)
        .where(and(eq(alertTriggers.alertId, input.alertId), eq(alertTriggers.eventKey, input.eventKey)));
      if (existing !== undefined) return null;
      let sentInLastHour = 0;
      if (rule.maxPerHour !== null) {
        const since = new Date(input.firedAt.getTime() - HOUR_MS);
        const [counted] = await tx
          .select({ sent: count() })
          .from(alertTriggers)
          .where(and(eq(alertTriggers.alertId, input.alertId), eq(alertTriggers.status, 'sent'), gt(alertTriggers.firedAt, since)));
        sentInLastHour = counted?.sent ?? 0;
      }
      const status = statusOf({ quietHours: rule.quietHours, maxPerHour: rule.maxPerHour, sentInLastHour });
      const [row] = await tx
        .insert(alertTriggers)
        .values({ id: input.id, alertId: input.alertId, eventKey: input.eventKey, eventType: input.eventType, subject: input.subject, message: input.message, status, firedAt: input.firedAt })
        .onConflictDoNothing({ target: [alertTriggers.alertId, alertTriggers.eventKey] })
        .returning();
      if (row === undefined) return null;
      await tx.update(alerts).set({ lastTriggeredAt: input.firedAt }).where(eq(alerts.id, input.alertId));
      return row;
    });
  }

  /** A rule's triggers, newest first. */
  async listForAlert(alertId: string, limit: number): Promise<AlertTrigger[]> {
    if (!isUuid(alertId)) return [];
    return this.db.select().from(alertTriggers).where(eq(alertTriggers.alertId, alertId)).orderBy(desc(alertTriggers.firedAt), desc(alertTriggers.id)).limit(limit);
  }
}
