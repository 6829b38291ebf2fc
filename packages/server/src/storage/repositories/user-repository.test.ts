import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { StorageConflictError } from './storage-conflict-error.js';
import { UserRepository } from './user-repository.js';

describeStorage('UserRepository', (context) => {
  const repository = () => new UserRepository(context.database.db);

  it('makes the first account admin and later ones viewers unless a role is given', async () => {
    const repo = repository();
    const first = await repo.create({ email: 'Ada@Example.com', passwordHash: 'h1', name: 'Ada', role: 'viewer' });
    const second = await repo.create({ email: 'bob@example.com', passwordHash: 'h2' });
    const third = await repo.create({ email: 'cy@example.com', passwordHash: 'h3', role: 'trader' });
    expect([first.role, second.role, third.role]).toEqual(['admin', 'viewer', 'trader']);
    expect(first).toMatchObject({ email: 'Ada@Example.com', name: 'Ada', disabled: false, lastLoginAt: null });
    expect(first).not.toHaveProperty('passwordHash');
    expect(await repo.count()).toBe(3);
  });

  it('makes exactly one admin when the first registrations arrive at once', async () => {
    const repo = repository();
    const created = await Promise.all(['a', 'b', 'c', 'd'].map((n) => repo.create({ email: `${n}@example.com`, passwordHash: n })));
    expect(created.filter((u) => u.role === 'admin')).toHaveLength(1);
  });

  it('finds accounts by e-mail in any case, with the hash only through credentials', async () => {
    const repo = repository();
    const user = await repo.create({ email: 'ada@example.com', passwordHash: '$argon2id$hash' });
    expect(await repo.byEmail('ADA@example.COM ')).toEqual(user);
    expect(await repo.credentials('ada@EXAMPLE.com')).toEqual({ user, passwordHash: '$argon2id$hash' });
    expect(await repo.byId(user.id)).toEqual(user);
    expect(await repo.byEmail('nobody@example.com')).toBeNull();
    expect(await repo.byId('not-a-uuid')).toBeNull();
  });

  it('refuses a second account with the same e-mail in another case', async () => {
    const repo = repository();
    await repo.create({ email: 'ada@example.com', passwordHash: 'h' });
    const attempt = repo.create({ email: 'ADA@example.com', passwordHash: 'h' });
    await expect(attempt).rejects.toBeInstanceOf(StorageConflictError);
    await expect(attempt).rejects.toMatchObject({ field: 'email', code: 'GS_ERR_CONFLICT' });
  });

  it('changes role, password and state, and records logins', async () => {
    const repo = repository();
    const user = await repo.create({ email: 'ada@example.com', passwordHash: 'old' });
    const other = await repo.create({ email: 'bob@example.com', passwordHash: 'h' });
    expect(await repo.update(other.id, { role: 'trader', disabled: true })).toMatchObject({ role: 'trader', disabled: true });
    await repo.update(user.id, { passwordHash: 'new' });
    expect((await repo.credentials('ada@example.com'))?.passwordHash).toBe('new');
    const at = new Date('2024-05-01T12:00:00.000Z');
    await repo.recordLogin(user.id, at);
    expect((await repo.byId(user.id))?.lastLoginAt).toEqual(at);
    expect(await repo.update('00000000-0000-4000-8000-000000000000', { role: 'admin' })).toBeNull();
    expect((await repo.list()).map((u) => u.email)).toEqual(['ada@example.com', 'bob@example.com']);
  });
});
