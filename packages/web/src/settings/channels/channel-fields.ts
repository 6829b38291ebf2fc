import type { ChannelKind } from './channel-kinds.js';

/** The "Add channel" form's values as typed; only the fields of the chosen kind are sent. */
export interface ChannelFields {
  readonly kind: ChannelKind;
  readonly name: string;
  /** Webhook endpoint. */
  readonly url: string;
  readonly botToken: string;
  readonly chatId: string;
  /** Discord or Slack incoming webhook. */
  readonly webhookUrl: string;
  /** E-mail address. */
  readonly to: string;
}
