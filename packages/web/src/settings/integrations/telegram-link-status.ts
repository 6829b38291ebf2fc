/** `GET /telegram/link`: whether the account is linked to a Telegram chat, and to which. */
export interface TelegramLinkStatus {
  readonly linked: boolean;
  readonly chatId?: string;
  readonly username?: string | null;
  readonly linkedAt?: string;
}
