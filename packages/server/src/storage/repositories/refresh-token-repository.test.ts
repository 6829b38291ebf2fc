import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { RefreshTokenRepository } from './refresh-token-repository.js';
import { UserRepository } from './user-repository.js';

describeStorage('RefreshTokenRepository', (context) => {
  const setup = async () => {
    const user = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    return { user, repo: new RefreshTokenRepository(context.database.db) };
  };
  const expiresAt = new Date('2030-01-01T00:00:00.000Z');

  it('lets exactly one of two simultaneous rotations of a token win', async () => {
    const { user, repo } = await setup();
    const familyId = randomUUID();
    const token = await repo.create({ userId: user.id, familyId, tokenHash: 't1', expiresAt, ip: '127.0.0.1' });
    const next = await repo.create({ userId: user.id, familyId, tokenHash: 't2', expiresAt });
    const results = await Promise.all([repo.markUsed(token.id, next.id), repo.markUsed(token.id, next.id)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await repo.byHash('t1')).toMatchObject({ replacedBy: next.id, ip: '127.0.0.1', revokedAt: null });
  });

  it('revokes a family on reuse, and all of a user’s tokens on password change', async () => {
    const { user, repo } = await setup();
    const family = randomUUID();
    await repo.create({ userId: user.id, familyId: family, tokenHash: 'a1', expiresAt });
    await repo.create({ userId: user.id, familyId: family, tokenHash: 'a2', expiresAt });
    await repo.create({ userId: user.id, familyId: randomUUID(), tokenHash: 'b1', expiresAt });
    expect(await repo.revokeFamily(family)).toBe(2);
    expect((await repo.byHash('b1'))?.revokedAt).toBeNull();
    const a2 = await repo.byHash('a2');
    expect(a2?.revokedAt).toBeInstanceOf(Date);
    expect(await repo.markUsed(a2?.id ?? '', null)).toBe(false);
    expect(await repo.revokeUser(user.id)).toBe(1);
  });

  it('deletes expired tokens', async () => {
    const { user, repo } = await setup();
    await repo.create({ userId: user.id, familyId: randomUUID(), tokenHash: 'old', expiresAt: new Date('2020-01-01T00:00:00.000Z') });
    await repo.create({ userId: user.id, familyId: randomUUID(), tokenHash: 'new', expiresAt });
    expect(await repo.deleteExpired(new Date('2024-01-01T00:00:00.000Z'))).toBe(1);
    expect(await repo.byHash('old')).toBeNull();
    expect(await repo.byHash('new')).not.toBeNull();
  });
});
