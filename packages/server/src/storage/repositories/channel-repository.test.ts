import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { users as usersTable } from '../schema/users.js';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { ChannelRepository } from './channel-repository.js';
import { UserRepository } from './user-repository.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

describeStorage('ChannelRepository', (context) => {
  it("lists, edits and deletes an owner's channels only, the install owner's (no user) included", async () => {
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const repo = new ChannelRepository(context.database.db);
    const hook = await repo.create({ userId: null, kind: 'webhook', name: 'Desk', config: { url: 'https://example.com/hook' }, secret: 'whsec_x' });
    const mail = await repo.create({ userId: null, kind: 'email', name: 'Inbox', config: { to: 'me@example.com' }, enabled: false });
    const adas = await repo.create({ userId: ada.id, kind: 'telegram', name: 'Phone', config: { botToken: TOKEN, chatId: '42' } });
    expect(hook).toMatchObject({ kind: 'webhook', name: 'Desk', config: { url: 'https://example.com/hook' }, secret: 'whsec_x', enabled: true, userId: null });
    expect((await repo.listForUser(null)).map((channel) => [channel.name, channel.enabled, channel.secret])).toEqual([
      ['Desk', true, 'whsec_x'],
      ['Inbox', false, null],
    ]);
    expect((await repo.listForUser(ada.id)).map((channel) => channel.id)).toEqual([adas.id]);
    expect(await repo.listForUser('not-a-user')).toEqual([]);

    expect(await repo.ownedBy(ada.id, hook.id)).toBeNull();
    expect(await repo.ownedBy(null, 'not-a-uuid')).toBeNull();
    expect(await repo.updateOwned(ada.id, mail.id, { enabled: true })).toBeNull();
    const edited = await repo.updateOwned(null, mail.id, { name: 'Work inbox', config: { to: 'work@example.com' }, enabled: true });
    expect(edited).toMatchObject({ name: 'Work inbox', config: { to: 'work@example.com' }, enabled: true, kind: 'email' });
    expect(edited?.updatedAt.getTime()).toBeGreaterThanOrEqual(mail.updatedAt.getTime());

    expect((await repo.byIds([adas.id, hook.id, hook.id, 'junk'])).map((channel) => channel.name).sort()).toEqual(['Desk', 'Phone']);
    expect(await repo.deleteOwned(ada.id, hook.id)).toBe(false);
    expect(await repo.deleteOwned(null, hook.id)).toBe(true);
    expect(await repo.ownedBy(null, hook.id)).toBeNull();
  });

  it("goes with its user's account", async () => {
    const users = new UserRepository(context.database.db);
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h' });
    const repo = new ChannelRepository(context.database.db);
    const channel = await repo.create({ userId: ada.id, kind: 'slack', name: 'Team', config: { webhookUrl: 'https://hooks.slack.com/services/T/B/x' } });
    await context.database.db.delete(usersTable).where(eq(usersTable.id, ada.id));
    expect(await repo.byIds([channel.id])).toEqual([]);
  });
});
