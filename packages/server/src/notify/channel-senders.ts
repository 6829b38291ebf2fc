import type { ChannelKind } from '../storage/schema/notification-channels.js';
import type { ChannelSender } from './channel-sender.js';
import { DiscordSender } from './discord-sender.js';
import { EmailSender } from './email-sender.js';
import { SlackSender } from './slack-sender.js';
import { TelegramSender } from './telegram-sender.js';
import { WebhookSender } from './webhook-sender.js';

/** The server settings the senders need. */
export interface ChannelSenderSettings {
  /** SMTP relay of e-mail channels (`SMTP_URL`); null: e-mail deliveries fail saying it is not set up. */
  readonly smtpUrl?: string | null;
  /** From address of e-mails (`SMTP_FROM`). */
  readonly smtpFrom?: string | null;
  /** Telegram Bot API root (`TELEGRAM_API_URL`, default https://api.telegram.org). */
  readonly telegramApiUrl?: string;
}

/** A sender for every kind of channel, and what must be closed on shutdown. */
export interface ChannelSenders {
  readonly byKind: Readonly<Record<ChannelKind, ChannelSender>>;
  close(): void;
}

/** The built-in senders, configured from the server's settings. */
export function createChannelSenders(settings: ChannelSenderSettings): ChannelSenders {
  const email = new EmailSender({ smtpUrl: settings.smtpUrl ?? null, from: settings.smtpFrom ?? null });
  return {
    byKind: {
      webhook: new WebhookSender(),
      telegram: new TelegramSender({ apiRoot: settings.telegramApiUrl }),
      discord: new DiscordSender(),
      slack: new SlackSender(),
      email,
    },
    close: () => email.close(),
  };
}
