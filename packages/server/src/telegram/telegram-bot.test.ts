import type { SignalVote } from '@goldensignals/engine';
import { afterEach, expect, it, vi } from 'vitest';
import { Decimal } from '../paper/decimal.js';
import { FixedMarket } from '../paper/fixed-market.test-support.js';
import { PaperBroker } from '../paper/paper-broker.js';
import { PortfolioRepository } from '../storage/repositories/portfolio-repository.js';
import { SignalRepository } from '../storage/repositories/signal-repository.js';
import { UserRepository } from '../storage/repositories/user-repository.js';
import { WatchlistRepository } from '../storage/repositories/watchlist-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { signalFixture } from '../storage/test-support/signal-fixture.test-support.js';
import { LINK_CODE_TTL_MS } from './link-code.js';
import { LOCAL_BOT_TOKEN, startLocalBotApi, type LocalBotApi } from './local-bot-api.test-support.js';
import { TelegramBot, type TelegramBotOptions } from './telegram-bot.js';
import { sharedLeases } from './telegram-bot.test-support.js';
import { TelegramLinking } from './telegram-linking.js';

const NOW = Date.UTC(2024, 5, 3, 18, 0);
const ADA = { id: 1001, username: 'ada_l' };

describeStorage('TelegramBot', (context) => {
  let api: LocalBotApi | undefined;
  const bots: TelegramBot[] = [];
  const errors: unknown[] = [];
  let clock = NOW;
  const market = new FixedMarket();

  afterEach(async () => {
    await Promise.all(bots.splice(0).map((bot) => bot.stop()));
    await api?.close();
    api = undefined;
    errors.length = 0;
    clock = NOW;
    market.reset();
  });

  async function startBot(options: Partial<TelegramBotOptions> = {}): Promise<{ api: LocalBotApi; bot: TelegramBot }> {
    api ??= await startLocalBotApi();
    const signals = new SignalRepository(context.database.db);
    const bot = new TelegramBot({
      token: LOCAL_BOT_TOKEN,
      apiRoot: api.apiRoot,
      database: context.database,
      signals: { latestSignals: (limit, symbols) => signals.latest(limit, symbols) },
      quote: market.quote,
      pollTimeoutSeconds: 5,
      idleMs: 20,
      retryMs: 20,
      now: () => clock,
      onError: (error) => errors.push(error),
      ...options,
    });
    bots.push(bot);
    bot.start();
    return { api, bot };
  }

  /** Writes `text` from `user` and resolves with the bot's next message. */
  async function ask(local: LocalBotApi, text: string, user: { id: number; username?: string; type?: 'private' | 'group' } = ADA): Promise<string> {
    const before = local.sent.length;
    local.write(user, text);
    const sent = await local.waitForSent(before + 1);
    const message = sent[before];
    expect(message.chatId).toBe(String(user.type === 'group' ? -1000 - user.id : user.id));
    expect(message.parseMode).toBe('HTML');
    return message.text;
  }

  /** Ada's account, linked through a running bot's chat (the bot of the test, started with `options`). */
  async function linkAda(role: 'trader' | 'viewer' = 'trader', options: Partial<TelegramBotOptions> = {}): Promise<{ adaId: string; local: LocalBotApi }> {
    const users = new UserRepository(context.database.db);
    await users.create({ email: 'admin@example.com', passwordHash: 'h' });
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h', role });
    const { code } = await new TelegramLinking(context.database, () => clock).issueCode(ada.id);
    const { api: local } = await startBot(options);
    expect(await ask(local, `/link ${code}`)).toContain('Linked to <b>ada@example.com</b>');
    return { adaId: ada.id, local };
  }

  it('greets, helps, and tells an unlinked chat to link first for account commands', async () => {
    const { api: local, bot } = await startBot();
    expect(await ask(local, '/start')).toContain('This chat is not linked yet.');
    expect(bot.username).toBe('gs_test_bot');
    expect(await ask(local, '/help')).toContain('/signal SYMBOL – the latest signal of a symbol');
    for (const command of ['/signal AAPL', '/latest', '/watchlist', '/portfolio']) expect(await ask(local, command)).toMatch(/^Link your account first/);
    expect(await ask(local, '/unlink')).toBe('This chat is not linked to a GoldenSignals account.');
    expect(await ask(local, '/link')).toContain('Send /link followed by your code');
    expect(await ask(local, '/frobnicate')).toBe('I do not know that command. Send /help for the list.');
    expect(local.calls.filter((call) => call.method === 'setMyCommands').map((call) => (call.params.commands as { command: string }[]).map((entry) => entry.command))).toEqual([
      ['signal', 'latest', 'watchlist', 'portfolio', 'link', 'unlink', 'help'],
    ]);
    expect(errors).toEqual([]);
  });

  it('links with /start CODE or /link CODE, and refuses expired and reused codes', async () => {
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const linking = new TelegramLinking(context.database, () => clock);
    const expired = await linking.issueCode(ada.id);
    const { api: local } = await startBot();
    clock = NOW + LINK_CODE_TTL_MS;
    expect(await ask(local, `/link ${expired.code}`)).toMatch(/^That code has expired \(codes last 10 minutes\)/);
    expect(await ask(local, '/watchlist')).toMatch(/^Link your account first/);

    const fresh = await linking.issueCode(ada.id);
    expect(await ask(local, `/start ${fresh.code.replace('-', '')}`)).toContain('✅ Linked to <b>ada@example.com</b>');
    expect(await ask(local, '/start')).toContain('This chat is linked to <b>ada@example.com</b>.');
    expect(await ask(local, `/link ${fresh.code}`, { id: 2002 })).toMatch(/^That code is not valid: it may be mistyped, already used/);
    expect(await ask(local, '/unlink')).toMatch(/^Unlinked: this chat gets no more alerts/);
    expect(await ask(local, '/watchlist')).toMatch(/^Link your account first/);
  });

  it("answers /signal with the stored signal's numbers and its strongest reasons, and explains a missing or bad symbol", async () => {
    const { local } = await linkAda();
    const base = signalFixture();
    const vote = (agent: string, action: SignalVote['action'], confidence: number, weight: number, reasoning: string): SignalVote => ({ ...base.votes[0], agent, action, confidence, weight, status: 'voted', reasoning });
    await new SignalRepository(context.database.db).save(
      signalFixture({
        symbol: 'AAPL',
        timeframe: '1d',
        time: '2024-06-03T00:00:00.000Z',
        expiresAt: '2024-06-08T00:00:00.000Z',
        action: 'BUY',
        confidence: 0.724,
        price: 189.25,
        entry: 189.25,
        stopLoss: 182.1,
        takeProfit: 203.55,
        riskLevel: 'medium',
        votes: [
          vote('rsi', 'BUY', 0.8, 1.2, 'RSI(14) at 28.4 < 30: oversold & turning up.'),
          vote('macd', 'BUY', 0.6, 1, 'MACD crossed above its signal line.'),
          vote('trend', 'SELL', 0.9, 2, 'Price below the 200-day average.'),
          vote('volume', 'BUY', 0.9, 0.5, 'Volume 2.1× its 20-day mean.'),
          vote('adx', 'BUY', 0.5, 0.4, 'ADX 14: no trend.'),
        ],
      }),
      { simulated: true },
    );
    const answer = await ask(local, '/signal aapl');
    expect(answer.split('\n')).toEqual([
      '🟢 <b>BUY AAPL</b> · 1d',
      'Confidence: <b>72%</b> · Risk: medium',
      'Price: 189.25 · Stop: 182.1 · Target: 203.55',
      'Bar: 2024-06-03 00:00 UTC · expires 2024-06-08 00:00 UTC',
      '<i>Computed from simulated market data.</i>',
      '',
      '<b>Why</b>',
      '• RSI(14) at 28.4 &lt; 30: oversold &amp; turning up. (rsi)',
      '• MACD crossed above its signal line. (macd)',
      '• Volume 2.1× its 20-day mean. (volume)',
    ]);
    expect(await ask(local, '/signal MSFT')).toMatch(/^No signal is stored for MSFT yet\./);
    expect(await ask(local, '/signal <b>x</b>')).toBe('“&lt;b&gt;x&lt;/b&gt;” is not a symbol: letters, digits and . - = ^ /, at most 20 characters. Send e.g. <code>/signal AAPL</code>.');
    expect(await ask(local, '/signal')).toBe('Which symbol? Send e.g. <code>/signal AAPL</code>.');
  });

  it("answers /latest with the newest signal of each watched symbol, and /watchlist with the user's lists", async () => {
    const { adaId, local } = await linkAda('viewer');
    expect(await ask(local, '/latest')).toBe('Your watchlists hold no symbols yet. Add some in GoldenSignals, then ask again.');
    expect(await ask(local, '/watchlist')).toBe('You have no watchlists yet. Create one in GoldenSignals, then ask again.');
    const watchlists = new WatchlistRepository(context.database.db);
    await watchlists.create(adaId, { name: 'Tech & co', symbols: ['AAPL', 'MSFT', 'NVDA'], timeframes: ['1d', '1h'] });
    await watchlists.create(adaId, { name: 'Crypto', symbols: ['BTC-USD', 'AAPL'] });
    // Another user's list and a system list are not Ada's.
    await watchlists.create(null, { name: 'System', symbols: ['SPY'] });
    expect((await ask(local, '/watchlist')).split('\n')).toEqual(['<b>Your watchlists</b>', '', '<b>Crypto</b> (1d)', 'BTC-USD, AAPL', '', '<b>Tech &amp; co</b> (1d, 1h)', 'AAPL, MSFT, NVDA']);
    expect(await ask(local, '/latest')).toBe('No signals stored yet for the 4 symbols of your watchlists.');

    const signals = new SignalRepository(context.database.db);
    const at = (minutes: number): Date => new Date(NOW + minutes * 60_000);
    await signals.save(signalFixture({ symbol: 'AAPL', timeframe: '1d', time: '2024-06-02T00:00:00.000Z', action: 'SELL', confidence: 0.51, riskLevel: 'high' }), { createdAt: at(1) });
    await signals.save(signalFixture({ symbol: 'AAPL', timeframe: '1h', time: '2024-06-03T17:00:00.000Z', action: 'BUY', confidence: 0.66, riskLevel: 'low' }), { createdAt: at(3) });
    await signals.save(signalFixture({ symbol: 'NVDA', timeframe: '1d', time: '2024-06-03T00:00:00.000Z', action: 'HOLD', confidence: 0.2, riskLevel: 'medium' }), { createdAt: at(2) });
    await signals.save(signalFixture({ symbol: 'SPY', timeframe: '1d', time: '2024-06-03T00:00:00.000Z', action: 'BUY', confidence: 0.9, riskLevel: 'low' }), { createdAt: at(4) });
    expect((await ask(local, '/latest')).split('\n')).toEqual([
      '<b>Newest signals of your watchlists</b>',
      '🟢 <b>BUY AAPL</b> 1h · 66% · risk low · 2024-06-03 17:00 UTC',
      '⚪ <b>HOLD NVDA</b> 1d · 20% · risk medium · 2024-06-03 00:00 UTC',
      '',
      'Details: /signal SYMBOL',
    ]);
  });

  it("answers /portfolio with each paper portfolio's equity, cash and open positions, for traders only", async () => {
    const { adaId, local } = await linkAda('trader');
    const ledger = new PortfolioRepository(context.database.db);
    const main = await ledger.create({ userId: adaId, name: 'Main', initialCash: '10000' });
    await ledger.create({ userId: adaId, name: 'Empty <test>', initialCash: '500' });
    market.set('AAPL', 180);
    await new PaperBroker({ database: context.database, quote: market.quote, now: () => NOW }).place(main.id, { symbol: 'AAPL', side: 'buy', type: 'market', quantity: Decimal.parse('10'), limitPrice: null });
    market.set('AAPL', 190);
    expect((await ask(local, '/portfolio')).split('\n')).toEqual([
      '<b>Your paper portfolios</b>',
      '',
      '<b>Main</b>',
      'Equity: 10,100.00 USD · Cash: 8,200.00 USD · Return: +1%',
      'Open positions (1):',
      '• <b>AAPL</b> 10 @ 180.00 → 190 · P&amp;L +100.00 (+5.56%)',
      '',
      '<b>Empty &lt;test&gt;</b>',
      'Equity: 500.00 USD · Cash: 500.00 USD · Return: 0%',
      'No open positions.',
    ]);
    market.markDown('AAPL');
    expect(await ask(local, '/portfolio')).toContain('Equity: unknown (a position has no price)');
  });

  it('refuses /portfolio to a viewer, answers groups only to send a private message, and counts commands per chat', async () => {
    const { local } = await linkAda('viewer', { commandsPerMinute: 3 });
    expect(await ask(local, '/help', { id: 7, type: 'group' })).toBe('I only answer in a private chat: open a chat with me and send /help there.');
    // Ada's /link was her first command of the minute: two more are answered, one warning, then silence.
    expect(await ask(local, '/portfolio')).toBe('Paper portfolios need the trader role; ada@example.com is a viewer.');
    expect(await ask(local, '/help')).toContain('GoldenSignals bot');
    expect(await ask(local, '/help')).toBe('Slow down: at most 3 commands a minute. Try again in 60 s.');
    local.write(ADA, '/help');
    // Another chat is answered next: the silenced command produced nothing before it.
    expect(await ask(local, '/help', { id: 3003 })).toContain('GoldenSignals bot');
    clock += 60_000;
    expect(await ask(local, '/help')).toContain('GoldenSignals bot');
  });

  it('polls on the lease holder only; when it stops, another node takes over and answers', async () => {
    const lease = sharedLeases();
    const first = await startBot({ lease: lease() });
    const local = first.api;
    expect(await ask(local, '/help')).toContain('GoldenSignals bot');
    // Started once the first holds the lease: it introduces itself (for link codes' bot name) but never polls.
    const second = await startBot({ lease: lease() });
    await local.waitForCalls('getMe', 2);
    expect(await ask(local, '/help')).toContain('GoldenSignals bot');
    expect([first.bot.polling, second.bot.polling]).toEqual([true, false]);

    await first.bot.stop();
    expect(await ask(local, '/help')).toContain('GoldenSignals bot');
    expect(second.bot.polling).toBe(true);
    expect(second.bot.username).toBe('gs_test_bot');
    // A node told not to poll only introduces itself.
    const quiet = await startBot({ poll: false });
    await vi.waitFor(() => expect(quiet.bot.username).toBe('gs_test_bot'));
    expect(await ask(local, '/help')).toContain('GoldenSignals bot');
    expect(quiet.bot.polling).toBe(false);
    // Never two getUpdates at once (Telegram ends the earlier with 409), and every command answered exactly once.
    expect(local.conflicts).toBe(0);
    expect(local.sent).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  it('drops the webhook before polling; stop leaves no request open and confirms what it handled, so a restart answers nothing twice', async () => {
    api = await startLocalBotApi({ webhookUrl: 'https://example.com/hook' });
    const { bot } = await startBot();
    expect(await ask(api, '/help')).toContain('GoldenSignals bot');
    expect(api.calls.findIndex((call) => call.method === 'deleteWebhook')).toBeLessThan(api.calls.findIndex((call) => call.method === 'getUpdates'));
    expect(api.calls.find((call) => call.method === 'deleteWebhook')?.params).toEqual({ drop_pending_updates: false });

    await bot.stop();
    await api.waitForNoPolls();
    const confirm = api.calls.at(-1);
    expect(confirm).toEqual({ method: 'getUpdates', params: { offset: 101, limit: 1, timeout: 0 } });

    // A command written while no bot runs is answered once by the next one, and the earlier one not again.
    api.write(ADA, '/start');
    await startBot();
    const sent = await api.waitForSent(2);
    expect(sent[1].text).toContain('Hello!');
    expect(await ask(api, '/help')).toContain('GoldenSignals bot');
    expect(api.sent).toHaveLength(3);
    expect(errors).toEqual([]);
  });
});
