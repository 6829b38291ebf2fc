import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { FeedTokenRepository } from './feed-token-repository.js';
import { UserRepository } from './user-repository.js';

describeStorage('FeedTokenRepository', (context) => {
  const repository = () => new FeedTokenRepository(context.database.db);

  it("opens the owner's feed with their current token only: a new token replaces the old, revoking ends it", async () => {
    const tokens = repository();
    await tokens.replace(null, 'hash-1');
    expect(await tokens.use('hash-1')).toEqual({ userId: null });
    await tokens.replace(null, 'hash-2');
    expect(await tokens.use('hash-1')).toBeNull();
    expect(await tokens.use('hash-2')).toEqual({ userId: null });
    expect(await tokens.revoke(null)).toBe(true);
    expect(await tokens.use('hash-2')).toBeNull();
    expect(await tokens.revoke(null)).toBe(false);
  });

  it("keeps users' tokens apart and refuses a disabled account's token", async () => {
    const tokens = repository();
    const users = new UserRepository(context.database.db);
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h' });
    const bob = await users.create({ email: 'bob@example.com', passwordHash: 'h' });
    await tokens.replace(ada.id, 'ada-hash');
    await tokens.replace(bob.id, 'bob-hash');
    await tokens.replace(null, 'owner-hash');
    expect(await tokens.use('ada-hash')).toEqual({ userId: ada.id });
    expect(await tokens.use('bob-hash')).toEqual({ userId: bob.id });
    expect(await tokens.revoke(bob.id)).toBe(true);
    expect(await tokens.use('ada-hash')).toEqual({ userId: ada.id });
    expect(await tokens.use('owner-hash')).toEqual({ userId: null });
    await users.update(ada.id, { disabled: true });
    expect(await tokens.use('ada-hash')).toBeNull();
    expect(await tokens.revoke('not-a-uuid')).toBe(false);
  });
});
