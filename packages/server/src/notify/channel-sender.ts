import type { NotificationMessage } from './notification-message.js';

/** Sends messages to one kind of channel. */
export interface ChannelSender {
  /**
   * Sends `message` to the channel described by `config` (validated for the kind) and `secret` (webhooks' signing
   * secret). Resolves once the other side accepted it; throws a {@link DeliveryError} otherwise, also when `signal`
   * aborts (the timeout).
   */
  send(config: Readonly<Record<string, string>>, secret: string | null, message: NotificationMessage, signal: AbortSignal): Promise<void>;
}
