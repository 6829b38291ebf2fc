import type { ChannelSender } from './channel-sender.js';
import { DeliveryError } from './delivery-error.js';
import type { NotificationMessage } from './notification-message.js';
import { postJson } from './post-json.js';
import { WEBHOOK_EVENT_HEADER, WEBHOOK_SIGNATURE_HEADER, webhookSignature } from './webhook-signature.js';

/** The JSON body a webhook receives. */
export interface WebhookBody {
  /** The message id: the same on retries, so a receiver can drop duplicates. */
  readonly id: string;
  readonly type: string;
  readonly subject: string;
  readonly text: string;
  readonly fields: readonly { readonly name: string; readonly value: string }[];
  readonly url: string | null;
  readonly action: string | null;
}

/** The body sent for `message`. */
export function webhookBody(message: NotificationMessage): WebhookBody {
  return {
    id: message.id,
    type: message.eventType,
    subject: message.subject,
    text: message.text,
    fields: message.fields.map((field) => ({ name: field.name, value: field.value })),
    url: message.url ?? null,
    action: message.action ?? null,
  };
}

/** Options of the {@link WebhookSender}. */
export interface WebhookSenderOptions {
  /** The clock of the signature's timestamp, ms (default Date.now). */
  readonly now?: () => number;
}

/** POSTs messages as signed JSON to the user's URL (see webhook-signature.ts for the signature). */
export class WebhookSender implements ChannelSender {
  constructor(private readonly options: WebhookSenderOptions = {}) {}

  async send(config: Readonly<Record<string, string>>, secret: string | null, message: NotificationMessage, signal: AbortSignal): Promise<void> {
    if (secret === null) throw new DeliveryError('the webhook has no signing secret; create the channel again', false);
    const body = JSON.stringify(webhookBody(message));
    const timestampSeconds = Math.floor((this.options.now ?? Date.now)() / 1000);
    await postJson(
      config.url,
      body,
      { [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(body, secret, timestampSeconds), [WEBHOOK_EVENT_HEADER]: message.eventType, 'X-GoldenSignals-Message-Id': message.id },
      signal,
    );
  }
}
