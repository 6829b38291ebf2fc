import { Composer, type Context } from 'grammy';
import { roleAtLeast } from '../auth/role-rank.js';
import { canonicalMarketSymbol, MARKET_SYMBOL_RULE } from '../bus/market-symbol.js';
import { escapeHtml } from '../notify/message-text.js';
import { valuePortfolio } from '../paper/portfolio-valuation.js';
import type { QuoteSource } from '../paper/price-quote.js';
import type { SignalService } from '../signals/signal-service.js';
import type { Database } from '../storage/database.js';
import { PortfolioRepository } from '../storage/repositories/portfolio-repository.js';
import { SignalRepository } from '../storage/repositories/signal-repository.js';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';
import { WatchlistRepository } from '../storage/repositories/watchlist-repository.js';
import { mapConcurrently } from '../support/map-concurrently.js';
import { portfolioReply, watchlistReply } from './account-replies.js';
import { HELP_TEXT, LINK_FIRST_TEXT, LINK_USAGE_TEXT, linkOutcomeText, PRIVATE_ONLY_TEXT, startText } from './bot-texts.js';
import type { ChatRateLimit } from './chat-rate-limit.js';
import { latestReply, signalReply } from './signal-replies.js';
import type { LinkedAccount, TelegramLinking } from './telegram-linking.js';

/** Signals `/latest` lists at most. */
export const LATEST_LIMIT = 10;
/** Watched symbols `/latest` looks at, at most (lists beyond that are unusual, and each symbol is one lookup). */
const MAX_WATCHED_SYMBOLS = 200;

/** What the commands read and change. */
export interface BotCommandServices {
  readonly database: Database;
  readonly linking: TelegramLinking;
  /** The newest stored signals (the signal service answers from memory when it can). */
  readonly signals: Pick<SignalService, 'latestSignals'>;
  /** Prices that value paper portfolios. */
  readonly quote: QuoteSource;
  readonly rateLimit: ChatRateLimit;
  /** A command that failed (the database down): the chat is told to try again later. */
  readonly onError: (error: unknown) => void;
}

/** Sends an HTML reply (everything from data escaped by the reply builders), without link previews. */
function answer(ctx: Context, html: string): Promise<unknown> {
  return ctx.reply(html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
}

/** The first word after the command (`/signal aapl now` → `aapl`), or ''. */
function firstArgument(ctx: Context): string {
  const match = typeof ctx.match === 'string' ? ctx.match : '';
  return match.trim().split(/\s+/)[0] ?? '';
}

function chatIdOf(ctx: Context): string {
  return String(ctx.chat?.id ?? '');
}

/**
 * The bot's commands: `/start` (with a code it links), `/help`, `/link CODE`, `/unlink` for anyone in a private chat;
 * `/signal`, `/latest`, `/watchlist` and `/portfolio` for linked chats, acting as the linked account with its
 * current role. Every message counts against its chat's rate limit; groups are told to use a private chat.
 */
export function botCommands(services: BotCommandServices): Composer<Context> {
  const bot = new Composer<Context>();
  const linkWith = async (ctx: Context, code: string): Promise<void> => {
    const outcome = await services.linking.link(code, { chatId: chatIdOf(ctx), username: ctx.from?.username ?? null });
    await answer(ctx, linkOutcomeText(outcome));
  };
  /** Runs `work` as the chat's account, or tells the chat to link first. */
  const asAccount = (work: (ctx: Context, account: LinkedAccount) => Promise<unknown>) => async (ctx: Context) => {
    const account = await services.linking.accountOfChat(chatIdOf(ctx));
    if (account === null) await answer(ctx, LINK_FIRST_TEXT);
    else await work(ctx, account);
  };

  bot.use(async (ctx, next) => {
    if (ctx.chat === undefined || ctx.message?.text === undefined) return;
    const decision = services.rateLimit.take(chatIdOf(ctx));
    if (!decision.allowed) {
      if (decision.warn) await answer(ctx, `Slow down: at most ${services.rateLimit.perMinute} commands a minute. Try again in ${decision.retryAfterSeconds} s.`);
      return;
    }
    try {
      await next();
    } catch (error) {
      services.onError(error);
      await answer(ctx, 'Something went wrong on the server; try again in a minute.').catch(() => undefined);
    }
  });
  bot.use(async (ctx, next) => {
    if (ctx.chat?.type === 'private') return next();
    // Only commands get an answer in groups: the bot stays quiet about other chatter.
    if (ctx.message?.text?.startsWith('/') === true) await answer(ctx, PRIVATE_ONLY_TEXT);
  });

  bot.command('start', async (ctx) => {
    const code = firstArgument(ctx);
    if (code !== '') return linkWith(ctx, code);
    const account = await services.linking.accountOfChat(chatIdOf(ctx));
    await answer(ctx, startText(account?.label ?? null));
  });
  bot.command('help', (ctx) => answer(ctx, HELP_TEXT));
  bot.command('link', async (ctx) => {
    const code = firstArgument(ctx);
    await (code === '' ? answer(ctx, LINK_USAGE_TEXT) : linkWith(ctx, code));
  });
  bot.command('unlink', async (ctx) => {
    const removed = await services.linking.unlinkChat(chatIdOf(ctx));
    await answer(ctx, removed ? 'Unlinked: this chat gets no more alerts, and its notification channel was removed.' : 'This chat is not linked to a GoldenSignals account.');
  });
  bot.command('signal', asAccount(async (ctx) => answer(ctx, await signalAnswer(ctx, services))));
  bot.command('latest', asAccount(async (ctx, account) => answer(ctx, await latestAnswer(account, services))));
  bot.command('watchlist', asAccount(async (ctx, account) => answer(ctx, watchlistReply(await new WatchlistRepository(services.database.db).listForUser(account.userId)))));
  bot.command('portfolio', asAccount(async (ctx, account) => answer(ctx, await portfolioAnswer(account, services))));
  bot.on('message:text', (ctx) => answer(ctx, ctx.message.text.startsWith('/') ? 'I do not know that command. Send /help for the list.' : 'Send /help to see what I can do.'));
  return bot;
}

/** The `/signal` answer: the symbol's newest stored signal with its votes, or why there is none. */
async function signalAnswer(ctx: Context, services: BotCommandServices): Promise<string> {
  const text = firstArgument(ctx);
  if (text === '') return 'Which symbol? Send e.g. <code>/signal AAPL</code>.';
  const symbol = canonicalMarketSymbol(text);
  if (symbol === undefined) return `“${escapeHtml(text.slice(0, 40))}” is not a symbol: ${MARKET_SYMBOL_RULE}. Send e.g. <code>/signal AAPL</code>.`;
  const [latest] = await services.signals.latestSignals(1, [symbol]);
  if (latest === undefined) return `No signal is stored for ${escapeHtml(symbol)} yet. Signals are made for the symbols of watchlists, or on request in GoldenSignals.`;
  const withVotes = await new SignalRepository(services.database.db).byId(latest.id);
  return signalReply(latest, withVotes?.votes ?? []);
}

/** The `/latest` answer: the newest signal of each symbol of the account's watchlists, newest first. */
async function latestAnswer(account: LinkedAccount, services: BotCommandServices): Promise<string> {
  const lists = await new WatchlistRepository(services.database.db).listForUser(account.userId);
  const symbols = [...new Set(lists.flatMap((list) => list.symbols))].slice(0, MAX_WATCHED_SYMBOLS);
  // One lookup per symbol (the signal service's memory answers most): a busy symbol cannot crowd the others out.
  const newest = await mapConcurrently(symbols, 4, async (symbol) => (await services.signals.latestSignals(1, [symbol]))[0]);
  const found = newest.filter((signal): signal is StoredSignal => signal !== undefined);
  found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return latestReply(found.slice(0, LATEST_LIMIT), symbols.length);
}

/** The `/portfolio` answer: the account's paper portfolios valued now (traders and admins). */
async function portfolioAnswer(account: LinkedAccount, services: BotCommandServices): Promise<string> {
  if (!roleAtLeast(account.role, 'trader')) return `Paper portfolios need the trader role; ${escapeHtml(account.label)} is a ${account.role}.`;
  const ledger = new PortfolioRepository(services.database.db);
  const portfolios = await ledger.listForUser(account.userId);
  const valued = await mapConcurrently(portfolios, 2, async (portfolio) => valuePortfolio(portfolio, await ledger.positions(portfolio.id), services.quote));
  return portfolioReply(valued);
}
