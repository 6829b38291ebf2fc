import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { AuditLogRepository } from './audit-log-repository.js';

describeStorage('AuditLogRepository', (context) => {
  it('appends events and reads them newest first, by user, by event and page by page', async () => {
    const repo = new AuditLogRepository(context.database.db);
    const ada = randomUUID();
    await repo.record({ event: 'auth.login.ok', userId: ada, ip: '10.0.0.1', userAgent: 'curl/8' });
    await repo.record({ event: 'auth.login.failed', ip: '10.0.0.9', details: { email: 'bob@example.com' } });
    const third = await repo.record({ event: 'user.role.changed', userId: ada, details: { from: 'viewer', to: 'trader' } });
    expect(third).toMatchObject({ event: 'user.role.changed', userId: ada, details: { from: 'viewer', to: 'trader' }, ip: null });
    expect((await repo.list()).map((e) => e.event)).toEqual(['user.role.changed', 'auth.login.failed', 'auth.login.ok']);
    expect((await repo.list({ userId: ada })).map((e) => e.event)).toEqual(['user.role.changed', 'auth.login.ok']);
    expect((await repo.list({ event: 'auth.login.failed' }))[0].details).toEqual({ email: 'bob@example.com' });
    const [first] = await repo.list({ limit: 1 });
    expect((await repo.list({ before: first.id, limit: 1 })).map((e) => e.event)).toEqual(['auth.login.failed']);
  });
});
