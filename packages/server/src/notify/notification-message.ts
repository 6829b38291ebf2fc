import { randomUUID } from 'node:crypto';
import type { SignalAction } from '@goldensignals/engine';
import { isRecord } from '../support/value-guards.js';

/** One labelled value of a message (`Confidence: 72%`). */
export interface NotificationField {
  readonly name: string;
  readonly value: string;
}

/** A message as every channel receives it; each sender formats it its own way. */
export interface NotificationMessage {
  /** Stable id of the event: the same on every channel and every retry, so receivers can drop duplicates. */
  readonly id: string;
  /** What happened, e.g. `test`, `alert.triggered` (webhooks get it in `X-GoldenSignals-Event`). */
  readonly eventType: string;
  /** One line: `BUY AAPL 72%`, `Test message`. */
  readonly subject: string;
  /** A few plain-text sentences. */
  readonly text: string;
  readonly fields: readonly NotificationField[];
  /** Where to see more (the signal or alert in the dashboard). */
  readonly url?: string;
  /** The signal's action, when the message is about one: colours the message (green BUY, red SELL, grey HOLD). */
  readonly action?: SignalAction;
}

/** The event type of test messages. */
export const TEST_EVENT_TYPE = 'test';

/** The message `POST /channels/:id/test` sends. */
export function testMessage(now: Date = new Date()): NotificationMessage {
  return {
    id: randomUUID(),
    eventType: TEST_EVENT_TYPE,
    subject: 'Test message',
    text: 'This is a test message from GoldenSignals: this channel works. Alerts you set up will arrive here.',
    fields: [{ name: 'Sent at', value: now.toISOString() }],
  };
}

const ACTIONS: readonly string[] = ['BUY', 'SELL', 'HOLD'] satisfies SignalAction[];

function isAction(value: unknown): value is SignalAction {
  return typeof value === 'string' && ACTIONS.includes(value);
}

/** A stored delivery payload read back as a message; `null` when it is not one (never written by this code). */
export function notificationMessageFrom(payload: unknown): NotificationMessage | null {
  if (!isRecord(payload)) return null;
  const { id, eventType, subject, text, fields, url, action } = payload;
  if (typeof id !== 'string' || typeof eventType !== 'string' || typeof subject !== 'string' || typeof text !== 'string' || !Array.isArray(fields)) return null;
  const parsedFields: NotificationField[] = [];
  for (const field of fields as unknown[]) {
    if (!isRecord(field) || typeof field.name !== 'string' || typeof field.value !== 'string') return null;
    parsedFields.push({ name: field.name, value: field.value });
  }
  if (url !== undefined && typeof url !== 'string') return null;
  if (action !== undefined && !isAction(action)) return null;
  return { id, eventType, subject, text, fields: parsedFields, ...(url === undefined ? {} : { url }), ...(action === undefined ? {} : { action }) };
}
