import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import type { RegistrationMode } from '../../config/registration-mode.js';
import { AuditLogRepository } from '../../storage/repositories/audit-log-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { AccessTokens } from '../credentials/access-tokens.js';
import { PasswordHasher } from '../credentials/password-hasher.js';
import { RefreshTokenService } from '../credentials/refresh-token-service.js';
import { LoginThrottle } from '../limits/login-throttle.js';
import { AccountService, type EndedAccess } from './account-service.js';
import { AuditTrail } from './audit-trail.js';

const META = { ip: '192.0.2.7', userAgent: 'test' };
const PASSWORD = 'a long enough passphrase';

describeStorage('AccountService', (context) => {
  const ended: EndedAccess[] = [];

  function accounts(registration: RegistrationMode = 'open'): AccountService {
    const { database } = context;
    return new AccountService({
      database,
      // Cheap parameters: these tests are about the rules, not the hash's cost.
      hasher: new PasswordHasher({ memoryCost: 1024, timeCost: 1 }),
      accessTokens: new AccessTokens({ secret: new Uint8Array(randomBytes(32)) }),
      refreshTokens: new RefreshTokenService(database),
      throttle: new LoginThrottle(),
      audit: new AuditTrail(database),
      registration,
      onAccessEnded: (access) => ended.push(access),
    });
  }

  it('makes the first account admin and later ones viewers, whatever the registration mode', async () => {
    const service = accounts('closed');
    const first = await service.register({ email: 'Owner@Example.com', password: PASSWORD }, META);
    expect(first.user).toMatchObject({ email: 'Owner@Example.com', role: 'admin' });
    await expect(service.register({ email: 'late@example.com', password: PASSWORD }, META)).rejects.toMatchObject({ code: 'GS_ERR_FORBIDDEN', message: 'registration is closed on this server; ask an admin to create your account' });
    const open = accounts('open');
    expect((await open.register({ email: 'second@example.com', password: PASSWORD }, META)).user.role).toBe('viewer');
    await expect(open.register({ email: 'SECOND@example.com', password: PASSWORD }, META)).rejects.toMatchObject({ code: 'GS_ERR_CONFLICT' });
  });

  it('lets only an invited e-mail register with its single-use code, with the role of the invitation', async () => {
    const service = accounts('invite');
    const admin = await service.register({ email: 'owner@example.com', password: PASSWORD }, META);
    const caller = { userId: admin.user.id, role: 'admin' } as const;
    await expect(service.register({ email: 'guest@example.com', password: PASSWORD }, META)).rejects.toMatchObject({ code: 'GS_ERR_VALIDATION', problems: [{ field: 'body.inviteCode' }] });
    const { code } = await service.createInvite(caller, { role: 'trader', email: 'guest@example.com' }, META);
    await expect(service.register({ email: 'intruder@example.com', password: PASSWORD, inviteCode: code }, META)).rejects.toMatchObject({ code: 'GS_ERR_FORBIDDEN' });
    const guest = await service.register({ email: 'Guest@Example.com', password: PASSWORD, inviteCode: code }, META);
    expect(guest.user.role).toBe('trader');
    await expect(service.register({ email: 'guest2@example.com', password: PASSWORD, inviteCode: code }, META)).rejects.toMatchObject({ code: 'GS_ERR_FORBIDDEN' });
    const [invite] = await service.listInvites();
    expect(invite.usedAt).not.toBeNull();
  });

  it('refuses weak passwords, naming every rule broken', async () => {
    await expect(accounts().register({ email: 'maria@example.com', password: 'maria1' }, META)).rejects.toMatchObject({
      code: 'GS_ERR_VALIDATION',
      problems: [
        { field: 'body.password', message: expect.stringContaining('at least 10 characters') },
        { field: 'body.password', message: expect.stringContaining('e-mail') },
      ],
    });
  });

  it('keeps the last enabled admin an admin', async () => {
    const service = accounts();
    const admin = await service.register({ email: 'owner@example.com', password: PASSWORD }, META);
    const caller = { userId: admin.user.id, role: 'admin' } as const;
    await expect(service.updateUser(caller, admin.user.id, { role: 'viewer' }, META)).rejects.toMatchObject({ code: 'GS_ERR_CONFLICT' });
    await expect(service.updateUser(caller, admin.user.id, { disabled: true }, META)).rejects.toMatchObject({ code: 'GS_ERR_CONFLICT' });
    const other = await service.createUser(caller, { email: 'second@example.com', password: PASSWORD, role: 'admin' }, META);
    expect((await service.updateUser(caller, admin.user.id, { role: 'trader' }, META)).role).toBe('trader');
    ended.length = 0;
    expect((await service.updateUser({ userId: other.id, role: 'admin' }, admin.user.id, { disabled: true }, META)).disabled).toBe(true);
    expect(ended).toEqual([{ userId: admin.user.id }]);
    const events = (await new AuditLogRepository(context.database.db).list()).map((entry) => entry.event);
    expect(events).toEqual(expect.arrayContaining(['admin.role.changed', 'admin.user.disabled', 'admin.user.created', 'auth.registered']));
  });

  it('never lets a key exceed its owner, nor a key make keys', async () => {
    const service = accounts();
    await service.register({ email: 'owner@example.com', password: PASSWORD }, META);
    const viewer = await service.register({ email: 'viewer@example.com', password: PASSWORD }, META);
    const caller = { userId: viewer.user.id, role: 'viewer' } as const;
    await expect(service.createApiKey(caller, { name: 'bot', role: 'trader' }, META)).rejects.toMatchObject({ problems: [{ field: 'body.role' }] });
    const { key, apiKey } = await service.createApiKey(caller, { name: 'bot' }, META);
    expect(key).toMatch(/^gs_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ role: 'viewer', prefix: key.slice(3, 11) });
    await expect(service.createApiKey({ ...caller, apiKeyId: apiKey.id }, { name: 'bot 2' }, META)).rejects.toMatchObject({ code: 'GS_ERR_FORBIDDEN' });
  });
});
