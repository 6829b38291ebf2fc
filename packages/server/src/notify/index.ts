export { Notifier, DEFAULT_RETRY_DELAYS_MS, type NotifierOptions, type RetryReport } from './notifier.js';
export { verifyWebhookSignature, webhookSignature, WEBHOOK_EVENT_HEADER, WEBHOOK_SIGNATURE_HEADER, type WebhookVerification } from './webhook-signature.js';
export type { NotificationMessage, NotificationField } from './notification-message.js';
