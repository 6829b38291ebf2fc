import { Api, GrammyError, HttpError } from 'grammy';
import type { ChannelSender } from './channel-sender.js';
import { DeliveryError } from './delivery-error.js';
import type { NotificationMessage } from './notification-message.js';
import { actionMark, escapeHtml, truncate } from './message-text.js';

/** The public Telegram Bot API. */
export const TELEGRAM_API_URL = 'https://api.telegram.org';

/** The message in Telegram's HTML mode, everything from the message escaped (4096 characters at most once parsed). */
export function telegramHtml(message: NotificationMessage): string {
  const lines = [`<b>${escapeHtml(truncate(`${actionMark(message.action)}${message.subject}`, 200))}</b>`, escapeHtml(truncate(message.text, 2500))];
  const fields = message.fields.slice(0, 20).map((field) => `<b>${escapeHtml(truncate(field.name, 60))}:</b> ${escapeHtml(truncate(field.value, 200))}`);
  if (fields.length > 0) lines.push('', ...fields);
  if (message.url !== undefined) lines.push('', `<a href="${escapeHtml(message.url)}">Open in GoldenSignals</a>`);
  return lines.join('\n');
}

/**
 * grammY types its signal as the `abort-controller` polyfill's, which TypeScript finds incompatible with Node's own;
 * at run time grammY takes any signal with `addEventListener`, which Node's has.
 */
type GrammySignal = Parameters<Api['sendMessage']>[3];

/** Options of the {@link TelegramSender}. */
export interface TelegramSenderOptions {
  /** The Bot API root (default https://api.telegram.org; a local Bot API server or a test server otherwise). */
  readonly apiRoot?: string;
  /**
   * The server's own bot (`TELEGRAM_BOT_TOKEN`): sends to channels whose config has only a chat id, the ones made by
   * linking a chat to an account, so the token never has to be copied into the database.
   */
  readonly botToken?: string | null;
}

/** The error text without the bot token (a failed request's URL holds it). */
function withoutToken(text: string, token: string): string {
  return token === '' ? text : text.replaceAll(token, `…${token.slice(-4)}`);
}

/**
 * Sends messages with a bot to a chat through the Telegram Bot API (`sendMessage`, HTML mode): the channel's own bot,
 * or the server's for a linked chat.
 */
export class TelegramSender implements ChannelSender {
  constructor(private readonly options: TelegramSenderOptions = {}) {}

  async send(config: Readonly<Record<string, string | undefined>>, _secret: string | null, message: NotificationMessage, signal: AbortSignal): Promise<void> {
    const token = config.botToken ?? this.options.botToken ?? null;
    if (token === null) throw new DeliveryError('this linked Telegram chat needs the server’s bot, and TELEGRAM_BOT_TOKEN is not set', false);
    if (config.chatId === undefined) throw new DeliveryError('the channel has no chat id', false);
    const api = new Api(token, { apiRoot: this.options.apiRoot ?? TELEGRAM_API_URL });
    try {
      await api.sendMessage(config.chatId, telegramHtml(message), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } }, signal as unknown as GrammySignal);
    } catch (error) {
      if (error instanceof GrammyError) {
        throw new DeliveryError(`Telegram answered ${error.error_code}: ${withoutToken(error.description, token)}`, error.error_code === 429 || error.error_code >= 500);
      }
      if (error instanceof HttpError) {
        const inner = error.error instanceof Error ? error.error.message : String(error.error);
        throw new DeliveryError(`could not reach the Telegram Bot API: ${withoutToken(inner, token)}`, true);
      }
      throw new DeliveryError(withoutToken(error instanceof Error ? error.message : String(error), token), true);
    }
  }
}
