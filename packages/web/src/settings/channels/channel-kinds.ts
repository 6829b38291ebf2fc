/** Where a notification channel sends: an outgoing webhook, a Telegram chat, a Discord or Slack webhook, an e-mail address. */
export type ChannelKind = 'webhook' | 'telegram' | 'discord' | 'slack' | 'email';

/** Every kind with its name for people, in the order the "Add channel" form offers them. */
export const CHANNEL_KINDS: readonly { readonly kind: ChannelKind; readonly label: string }[] = [
  { kind: 'webhook', label: 'Webhook' },
  { kind: 'telegram', label: 'Telegram' },
  { kind: 'discord', label: 'Discord' },
  { kind: 'slack', label: 'Slack' },
  { kind: 'email', label: 'E-mail' },
];
