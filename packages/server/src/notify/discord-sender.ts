import type { SignalAction } from '@goldensignals/engine';
import type { ChannelSender } from './channel-sender.js';
import type { NotificationMessage } from './notification-message.js';
import { truncate } from './message-text.js';
import { postJson } from './post-json.js';

const COLORS: Record<SignalAction | 'none', number> = { BUY: 0x2e7d32, SELL: 0xc62828, HOLD: 0x9e9e9e, none: 0x9e9e9e };
/** Discord refuses an embed whose texts add up to more than 6000 characters; fields past this budget are left out. */
const EMBED_BUDGET = 5800;

/** A Discord embed field. */
export interface DiscordEmbedField {
  readonly name: string;
  readonly value: string;
  readonly inline: boolean;
}

/** The body of a Discord incoming-webhook call. */
export interface DiscordWebhookBody {
  readonly username: string;
  /** No @everyone / @here / role pings, whatever the message text holds. */
  readonly allowed_mentions: { readonly parse: readonly string[] };
  readonly embeds: readonly {
    readonly title: string;
    readonly description: string;
    readonly color: number;
    readonly fields: readonly DiscordEmbedField[];
    readonly url?: string;
    readonly footer: { readonly text: string };
  }[];
}

/** The Discord body for `message`: one embed, coloured by the action (green BUY, red SELL, grey otherwise). */
export function discordBody(message: NotificationMessage): DiscordWebhookBody {
  const title = truncate(message.subject, 256);
  const description = truncate(message.text, 2000);
  let used = title.length + description.length;
  const fields: DiscordEmbedField[] = [];
  for (const field of message.fields.slice(0, 25)) {
    const entry = { name: truncate(field.name === '' ? '—' : field.name, 256), value: truncate(field.value === '' ? '—' : field.value, 1024), inline: true };
    used += entry.name.length + entry.value.length;
    if (used > EMBED_BUDGET) break;
    fields.push(entry);
  }
  return {
    username: 'GoldenSignals',
    allowed_mentions: { parse: [] },
    embeds: [{ title, description, color: COLORS[message.action ?? 'none'], fields, ...(message.url === undefined ? {} : { url: message.url }), footer: { text: 'GoldenSignals' } }],
  };
}

/** Posts messages to a Discord incoming webhook as an embed. */
export class DiscordSender implements ChannelSender {
  async send(config: Readonly<Record<string, string>>, _secret: string | null, message: NotificationMessage, signal: AbortSignal): Promise<void> {
    await postJson(config.webhookUrl, JSON.stringify(discordBody(message)), {}, signal);
  }
}
