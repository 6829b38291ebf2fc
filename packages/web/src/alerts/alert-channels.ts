/** Where an alert goes: the dashboard's live connection, or every enabled notification channel of that kind. */
export type AlertChannel = 'websocket' | 'webhook' | 'email' | 'telegram' | 'discord' | 'slack';

/** Every channel kind with its name for people, in the order the form offers them. */
export const ALERT_CHANNELS: readonly { readonly channel: AlertChannel; readonly label: string }[] = [
  { channel: 'websocket', label: 'In the app' },
  { channel: 'telegram', label: 'Telegram' },
  { channel: 'webhook', label: 'Webhook' },
  { channel: 'email', label: 'E-mail' },
  { channel: 'discord', label: 'Discord' },
  { channel: 'slack', label: 'Slack' },
];

/** A channel kind's name for people; an unknown one as it is named. */
export function alertChannelLabel(channel: string): string {
  return ALERT_CHANNELS.find((option) => option.channel === channel)?.label ?? channel;
}
