/** `POST /telegram/link-code`: a one-time code to send the bot, valid until `expiresAt`. */
export interface TelegramLinkCode {
  readonly code: string;
  readonly expiresAt: string;
  /** Null when the server could not ask Telegram for its bot's name. */
  readonly botUsername: string | null;
  /** `/link <code>`, what to send the bot. */
  readonly command: string;
}
