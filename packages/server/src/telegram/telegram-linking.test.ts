import { expect, it } from 'vitest';
import { ChannelRepository } from '../storage/repositories/channel-repository.js';
import { UserRepository } from '../storage/repositories/user-repository.js';
import { telegramLinkCodes } from '../storage/schema/telegram-link-codes.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { hashLinkCode, LINK_CODE_TTL_MS, normalizeLinkCode } from './link-code.js';
import { TelegramLinking } from './telegram-linking.js';

const START = Date.UTC(2024, 5, 3, 18, 0);

describeStorage('TelegramLinking', (context) => {
  function clockAt(start: number): { now: () => number; advance: (ms: number) => void } {
    let time = start;
    return { now: () => time, advance: (ms) => (time += ms) };
  }

  it('links a chat with a code once, and makes the user a telegram channel holding only the chat id', async () => {
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const linking = new TelegramLinking(context.database, clockAt(START).now);
    const issued = await linking.issueCode(ada.id);
    expect(issued.expiresAt.toISOString()).toBe(new Date(START + LINK_CODE_TTL_MS).toISOString());

    const outcome = await linking.link(issued.code.toLowerCase(), { chatId: '1001', username: 'ada_l' });
    expect(outcome).toMatchObject({ status: 'linked', link: { userId: ada.id, chatId: '1001', username: 'ada_l' }, account: { userId: ada.id, role: 'admin', label: 'ada@example.com' } });
    const channels = await new ChannelRepository(context.database.db).listForUser(ada.id);
    expect(channels.map((channel) => [channel.kind, channel.name, channel.config, channel.enabled])).toEqual([['telegram', 'Telegram (@ada_l)', { chatId: '1001' }, true]]);
    expect((await linking.linkOfUser(ada.id))?.channelId).toBe(channels[0].id);
    expect(await linking.accountOfChat('1001')).toEqual({ userId: ada.id, role: 'admin', label: 'ada@example.com' });

    // Used up: the same code again, from any chat, is unknown.
    expect(await linking.link(issued.code, { chatId: '2002', username: null })).toEqual({ status: 'unknown-code' });
    expect(await linking.link('not a code', { chatId: '2002', username: null })).toEqual({ status: 'unknown-code' });
  });

  it('lets one of two chats sending the same code at once link, and tells the other it is used', async () => {
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const linking = new TelegramLinking(context.database, clockAt(START).now);
    const { code } = await linking.issueCode(ada.id);
    const outcomes = await Promise.all([linking.link(code, { chatId: '1001', username: null }), linking.link(code, { chatId: '2002', username: null })]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['linked', 'unknown-code']);
    expect(await new ChannelRepository(context.database.db).listForUser(ada.id)).toHaveLength(1);
  });

  it('refuses an expired code and uses it up; a new code replaces the older one', async () => {
    const clock = clockAt(START);
    const linking = new TelegramLinking(context.database, clock.now);
    const first = await linking.issueCode(null);
    const second = await linking.issueCode(null);
    expect(await linking.link(first.code, { chatId: '1001', username: null })).toEqual({ status: 'unknown-code' });

    clock.advance(LINK_CODE_TTL_MS);
    expect(await linking.link(second.code, { chatId: '1001', username: null })).toEqual({ status: 'expired-code' });
    clock.advance(-LINK_CODE_TTL_MS);
    expect(await linking.link(second.code, { chatId: '1001', username: null })).toEqual({ status: 'unknown-code' });
    expect(await linking.linkOfUser(null)).toBeNull();
  });

  it('stores codes hashed and drops expired ones when issuing', async () => {
    const clock = clockAt(START);
    const linking = new TelegramLinking(context.database, clock.now);
    const users = new UserRepository(context.database.db);
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h' });
    const bob = await users.create({ email: 'bob@example.com', passwordHash: 'h' });
    await linking.issueCode(ada.id);
    clock.advance(LINK_CODE_TTL_MS + 1);
    const bobs = await linking.issueCode(bob.id);
    // Ada's expired code went with Bob's issue; Bob's is stored as a digest only.
    const rows = await context.database.db.select().from(telegramLinkCodes);
    expect(rows.map((row) => [row.userId, row.codeHash])).toEqual([[bob.id, hashLinkCode(normalizeLinkCode(bobs.code) ?? '')]]);
  });

  it('moves a user to a new chat keeping their channel, and refuses a chat linked to someone else', async () => {
    const users = new UserRepository(context.database.db);
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h' });
    const bob = await users.create({ email: 'bob@example.com', passwordHash: 'h' });
    const linking = new TelegramLinking(context.database, clockAt(START).now);
    expect((await linking.link((await linking.issueCode(ada.id)).code, { chatId: '1001', username: 'ada_l' })).status).toBe('linked');
    const channel = (await new ChannelRepository(context.database.db).listForUser(ada.id))[0];

    const moved = await linking.link((await linking.issueCode(ada.id)).code, { chatId: '3003', username: null });
    expect(moved).toMatchObject({ status: 'linked', link: { chatId: '3003' } });
    expect(await linking.accountOfChat('1001')).toBeNull();
    const after = await new ChannelRepository(context.database.db).listForUser(ada.id);
    expect(after.map((row) => [row.id, row.name, row.config])).toEqual([[channel.id, 'Telegram (chat 3003)', { chatId: '3003' }]]);

    const bobs = await linking.issueCode(bob.id);
    expect(await linking.link(bobs.code, { chatId: '3003', username: 'bob' })).toEqual({ status: 'chat-taken' });
    // Not used up: after Ada unlinks the chat, Bob's code links it.
    expect(await linking.unlinkChat('3003')).toBe(true);
    expect(await new ChannelRepository(context.database.db).listForUser(ada.id)).toEqual([]);
    expect(await linking.link(bobs.code, { chatId: '3003', username: 'bob' })).toMatchObject({ status: 'linked', account: { userId: bob.id, role: 'viewer' } });
  });

  it('unlinks a user and deletes the channel; a disabled account acts through no chat', async () => {
    const users = new UserRepository(context.database.db);
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h' });
    const linking = new TelegramLinking(context.database, clockAt(START).now);
    await linking.link((await linking.issueCode(ada.id)).code, { chatId: '1001', username: 'ada_l' });
    await users.update(ada.id, { disabled: true });
    expect(await linking.accountOfChat('1001')).toBeNull();
    expect((await linking.link((await linking.issueCode(ada.id)).code, { chatId: '1001', username: 'ada_l' })).status).toBe('account-disabled');

    expect(await linking.unlinkUser(ada.id)).toBe(true);
    expect(await linking.unlinkUser(ada.id)).toBe(false);
    expect(await new ChannelRepository(context.database.db).listForUser(ada.id)).toEqual([]);
    expect(await linking.unlinkChat('1001')).toBe(false);
  });

  it("lets the install owner's link act as admin only while the install has no accounts", async () => {
    const linking = new TelegramLinking(context.database, clockAt(START).now);
    await linking.link((await linking.issueCode(null)).code, { chatId: '1001', username: null });
    expect(await linking.accountOfChat('1001')).toEqual({ userId: null, role: 'admin', label: 'this GoldenSignals install' });
    expect((await new ChannelRepository(context.database.db).listForUser(null)).map((channel) => channel.name)).toEqual(['Telegram (chat 1001)']);
    await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    expect(await linking.accountOfChat('1001')).toBeNull();
  });
});
