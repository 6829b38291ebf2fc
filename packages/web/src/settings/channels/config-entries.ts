const LABELS: Readonly<Record<string, string>> = { url: 'URL', botToken: 'Bot token', chatId: 'Chat id', webhookUrl: 'Webhook URL', to: 'To' };
const ORDER = ['url', 'webhookUrl', 'botToken', 'chatId', 'to'];

/** A channel's (already redacted) settings as label–value pairs in a fixed order; unknown keys come last, as named. */
export function configEntries(config: Readonly<Record<string, string>>): [label: string, value: string][] {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return Object.keys(config)
    .sort((a, b) => rank(a) - rank(b))
    .map((key) => [LABELS[key] ?? key, config[key] ?? '']);
}
