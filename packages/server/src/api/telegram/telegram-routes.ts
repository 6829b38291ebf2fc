// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import type { TelegramBot } from '../../telegram/telegram-bot.js';
import { TelegramLinking } from '../../telegram/telegram-linking.js';
import { LINK_CODE_SCHEMA, LINK_STATUS_SCHEMA, TELEGRAM_ERROR_RESPONSES } from './telegram-schemas.js';

/** What the Telegram routes need. */
export interface TelegramRoutesOptions {
  readonly database: Database;
  /** The server's bot (for its @username); `null` when `TELEGRAM_BOT_TOKEN` is not set: codes and status answer 503. */
  readonly bot: Pick<TelegramBot, 'username'> | null;
  readonly now?: () => number;
}

function notConfigured(): AppError {
  return new AppError('GS_ERR_NOT_READY', 'Telegram is not set up on this server: its operator sets TELEGRAM_BOT_TOKEN (a token from @BotFather) and restarts it');
}

/** `/api/v1/telegram/...`: link the caller's Telegram chat with a one-time code, see the link, unlink. */
export async function telegramRoutes(app: FastifyInstance, options: TelegramRoutesOptions): Promise<void> {
  const linking = new TelegramLinking(options.database, options.now);
  const tags = ['telegram'];
  const bot = (): Pick<TelegramBot, 'username'> => {
    if (options.bot === null) throw notConfigured();
    return options.bot;
  };

  app.post(
    '/telegram/link-code',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'A one-time code (10 minutes) to send the bot as /link CODE; it replaces the caller’s older code',
        response: { 201: LINK_CODE_SCHEMA, ...TELEGRAM_ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const username = bot().username;
      const issued = await linking.issueCode(callerOf(request).userId);
      return reply.code(201).send({ code: issued.code, expiresAt: issued.expiresAt.toISOString(), botUsername: username, command: `/link ${issued.code}` });
    },
  );

  app.get(
    '/telegram/link',
    {
      config: { role: 'viewer' },
      schema: { tags, summary: 'Whether the caller has linked a Telegram chat, and which', response: { 200: LINK_STATUS_SCHEMA, ...TELEGRAM_ERROR_RESPONSES } },
    },
    async (request) => {
      bot();
      const link = await linking.linkOfUser(callerOf(request).userId);
      return link === null ? { linked: false } : { linked: true, chatId: link.chatId, username: link.username, linkedAt: link.linkedAt.toISOString() };
    },
  );

  app.delete(
    '/telegram/link',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Unlink the caller’s Telegram chat and delete its notification channel (also when no bot is configured; 204 when nothing was linked too)',
        response: { 204: { type: 'null', description: 'unlinked' }, ...TELEGRAM_ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await linking.unlinkUser(callerOf(request).userId);
      return reply.code(204).send();
    },
  );
}
