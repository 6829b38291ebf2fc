import { AlertEvaluator } from '../alerts/alert-evaluator.js';
import type { MessageBus } from '../bus/message-bus.js';
import type { ServerConfig } from '../config/server-config.js';
import type { ProviderChain } from '../market-data/chain/provider-chain.js';
import { Notifier } from '../notify/notifier.js';
import { TelegramSender } from '../notify/telegram-sender.js';
import type { QuoteSource } from '../paper/price-quote.js';
import type { SignalService } from '../signals/signal-service.js';
import type { Database } from '../storage/database.js';
import type { ForegroundWork } from '../support/foreground-work.js';
import type { Lease } from '../support/lease.js';
import { TelegramBot } from '../telegram/telegram-bot.js';

/** How alerts reach people: the notifier (channels, retries, dead letters), the rule evaluator and the Telegram bot. */
export interface Notifications {
  readonly notifier: Notifier;
  readonly alertEvaluator: AlertEvaluator;
  /** `null` without `TELEGRAM_BOT_TOKEN`. */
  readonly telegramBot: TelegramBot | null;
}

/** What notifications need from the rest of the server. */
export interface NotificationsContext {
  readonly database: Database;
  readonly bus: MessageBus;
  readonly chain: ProviderChain;
  readonly signals: SignalService;
  /** Signal generation, which alert evaluation and deliveries step aside for. */
  readonly foreground: ForegroundWork;
  readonly quote: QuoteSource;
  /** The Telegram bot's polling lease (one node polls when scaled out). */
  readonly botLease: Lease | undefined;
  readonly now?: () => number;
  /** The app's logger, which exists only once the app is built (called later, never during creation). */
  readonly log: () => { warn(context: object, message: string): void; error(context: object, message: string): void };
}

/** The notifier, the alert evaluator on the bus and the providers' circuits, and the Telegram bot when configured. */
export function createNotifications(config: ServerConfig, context: NotificationsContext): Notifications {
  const { database, now, foreground } = context;
  const notifier = new Notifier({
    database,
    foreground,
    smtpUrl: config.smtpUrl,
    smtpFrom: config.smtpFrom,
    telegramApiUrl: config.telegramApiUrl,
    // Chats linked through the bot have channels holding only a chat id: the server's bot sends to them.
    senders: { telegram: new TelegramSender({ apiRoot: config.telegramApiUrl, botToken: config.telegramBotToken }) },
    now,
    onError: (error: unknown) => context.log().error({ err: error }, 'notification retry pass failed'),
  });
  // Alert rules watch the bus (signals, outcomes, quotes, bars) and the providers' circuits; deliveries never block it.
  const alertEvaluator = new AlertEvaluator({
    database,
    bus: context.bus,
    notifier,
    foreground,
    publicUrl: config.publicUrl,
    circuits: () => context.chain.circuitStates(),
    now,
    onError: (error, errorContext) => context.log().error({ err: error, ...errorContext }, `alert ${errorContext.during} failed`),
  });
  const telegramBot =
    config.telegramBotToken === null
      ? null
      : new TelegramBot({
          token: config.telegramBotToken,
          apiRoot: config.telegramApiUrl,
          database,
          signals: context.signals,
          quote: context.quote,
          poll: config.telegramPoll,
          lease: context.botLease,
          now,
          onError: (error, errorContext) => context.log().warn({ err: error }, `telegram bot: ${errorContext.during} failed`),
        });
  return { notifier, alertEvaluator, telegramBot };
}
