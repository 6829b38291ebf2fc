import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { ApiKeyRepository } from './api-key-repository.js';
import { UserRepository } from './user-repository.js';

describeStorage('ApiKeyRepository', (context) => {
  const setup = async () => {
    const user = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    return { user, repo: new ApiKeyRepository(context.database.db) };
  };
  const now = new Date('2024-06-01T00:00:00.000Z');

  it('finds a key by hash while it is neither revoked nor expired, never exposing the hash', async () => {
    const { user, repo } = await setup();
    const key = await repo.create({ userId: user.id, name: 'bot', prefix: 'gs_ab12', keyHash: 'hash-1', role: 'trader', scopes: ['signals:read'] });
    expect(key).toMatchObject({ name: 'bot', prefix: 'gs_ab12', role: 'trader', scopes: ['signals:read'], revokedAt: null, lastUsedAt: null });
    expect(key).not.toHaveProperty('keyHash');
    expect(await repo.findUsable('hash-1', now)).toEqual(key);
    expect(await repo.byPrefix('gs_ab12')).toEqual(key);
    expect(await repo.findUsable('other-hash', now)).toBeNull();

    const expiring = await repo.create({ userId: user.id, name: 'temp', prefix: 'gs_cd34', keyHash: 'hash-2', role: 'viewer', expiresAt: new Date('2024-05-31T00:00:00.000Z') });
    expect(await repo.findUsable('hash-2', now)).toBeNull();
    expect(await repo.findUsable('hash-2', new Date('2024-05-30T00:00:00.000Z'))).toEqual(expiring);
  });

  it('revokes a key only for its owner, once', async () => {
    const { user, repo } = await setup();
    const key = await repo.create({ userId: user.id, name: 'bot', prefix: 'gs_ab12', keyHash: 'hash-1', role: 'viewer' });
    expect(await repo.revoke(key.id, '00000000-0000-4000-8000-000000000000')).toBe(false);
    expect(await repo.revoke(key.id, user.id, now)).toBe(true);
    expect(await repo.revoke(key.id, user.id)).toBe(false);
    expect(await repo.findUsable('hash-1', now)).toBeNull();
    expect((await repo.listForUser(user.id))[0].revokedAt).toEqual(now);
  });

  it('refuses a prefix that is in use and records use', async () => {
    const { user, repo } = await setup();
    const key = await repo.create({ userId: user.id, name: 'a', prefix: 'gs_same', keyHash: 'h1', role: 'viewer' });
    await expect(repo.create({ userId: user.id, name: 'b', prefix: 'gs_same', keyHash: 'h2', role: 'viewer' })).rejects.toMatchObject({ code: 'GS_ERR_CONFLICT', field: 'prefix' });
    await repo.touch(key.id, now);
    expect((await repo.byPrefix('gs_same'))?.lastUsedAt).toEqual(now);
  });
});
