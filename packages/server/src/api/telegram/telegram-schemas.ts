import { ERROR_RESPONSES, TIME_SCHEMA } from '../common-schemas.js';

/** The answers of the Telegram routes that can fail, 503 included (no bot configured). */
export const TELEGRAM_ERROR_RESPONSES = { ...ERROR_RESPONSES, 503: { $ref: 'ErrorBody#' } } as const;

/** A new link code (shown once). */
export const LINK_CODE_SCHEMA = {
  type: 'object',
  required: ['code', 'expiresAt', 'botUsername', 'command'],
  properties: {
    code: { type: 'string', description: 'single use, e.g. 7KQ2M-9XDPA; any case, the dash optional' },
    expiresAt: { ...TIME_SCHEMA, description: '10 minutes from now' },
    botUsername: { anyOf: [{ type: 'string' }, { type: 'null' }], description: "the bot's @username without the @; null until the server has reached Telegram" },
    command: { type: 'string', description: 'what to send the bot: /link <code>' },
  },
} as const;

/** Whether the caller has linked a chat, and which. */
export const LINK_STATUS_SCHEMA = {
  type: 'object',
  required: ['linked'],
  properties: {
    linked: { type: 'boolean' },
    chatId: { type: 'string', description: 'the linked private chat' },
    username: { anyOf: [{ type: 'string' }, { type: 'null' }], description: "the Telegram user's @username without the @, when they have one" },
    linkedAt: TIME_SCHEMA,
  },
} as const;
