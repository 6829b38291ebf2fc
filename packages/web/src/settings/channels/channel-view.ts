import type { ChannelKind } from './channel-kinds.js';

/** A notification channel as `GET /channels` lists it: secrets redacted, with how its last delivery went. */
export interface ChannelView {
  readonly id: string;
  readonly kind: ChannelKind;
  readonly name: string;
  readonly enabled: boolean;
  /** Redacted: a Telegram bot token as `…` and its last 4 characters; webhook, Discord and Slack URLs shown. */
  readonly config: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastDelivery: { readonly status: 'delivered' | 'failed'; readonly at: string; readonly error: string | null } | null;
}
