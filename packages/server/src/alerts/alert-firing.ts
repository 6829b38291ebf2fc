import type { NotificationMessage } from '../notify/notification-message.js';
import type { Alert } from '../storage/repositories/alert-repository.js';
import type { AlertCondition } from './alert-condition.js';
import type { AlertMessageContext } from './alert-messages.js';

/** A rule whose condition an event met: what to record (once per rule and event key) and the message to send. */
export interface AlertFiring {
  readonly rule: Alert;
  readonly condition: AlertCondition;
  /** Unique per rule for the event: `signal:<id>`, `outcome:<id>:<kind>`, `price:<time>`, `indicator:<bar time>`, ... */
  readonly eventKey: string;
  readonly message: (context: AlertMessageContext) => NotificationMessage;
}
