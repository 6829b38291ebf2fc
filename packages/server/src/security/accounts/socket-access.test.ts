import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { PortfolioRepository } from '../../storage/repositories/portfolio-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { AccessTokens } from '../credentials/access-tokens.js';
import { RefreshTokenService } from '../credentials/refresh-token-service.js';
import { CredentialChecker } from './credential-checker.js';
import { createSocketAccess, type SocketPrincipal } from './socket-access.js';

describeStorage('createSocketAccess', (context) => {
  async function setup() {
    const { database } = context;
    const accessTokens = new AccessTokens({ secret: new Uint8Array(randomBytes(32)) });
    const refreshTokens = new RefreshTokenService(database);
    const access = createSocketAccess(new CredentialChecker({ database, accessTokens, refreshTokens }), database);
    const users = new UserRepository(database.db);
    const admin = await users.create({ email: 'admin@example.com', passwordHash: 'x' });
    const viewer = await users.create({ email: 'viewer@example.com', passwordHash: 'x' });
    const owner = await users.create({ email: 'owner@example.com', passwordHash: 'x', role: 'trader' });
    const portfolio = await new PortfolioRepository(database.db).create({ userId: owner.id, name: 'main', initialCash: '1000' });
    const principal = (user: { id: string; role: SocketPrincipal['role'] }): SocketPrincipal => ({ id: `session:${user.id}`, userId: user.id, role: user.role });
    return { access, accessTokens, refreshTokens, admin, viewer, owner, portfolio, principal };
  }

  it("gives a portfolio's channel to its owner only, and every channel to accounts only", async () => {
    const { access, admin, viewer, owner, portfolio, principal } = await setup();
    const channel = `portfolio:${portfolio.id}`;
    expect(await access.canSubscribe(principal(owner), channel)).toBe(true);
    expect(await access.canSubscribe(principal(viewer), channel)).toBe(false);
    expect(await access.canSubscribe(principal(admin), channel)).toBe(false);
    expect(await access.canSubscribe(principal(owner), 'portfolio:00000000-0000-4000-8000-000000000000')).toBe(false);
    expect(await access.canSubscribe(null, 'signals')).toBe(false);
    expect(await access.canSubscribe(principal(viewer), 'signals:AAPL')).toBe(true);
  });

  it('authenticates a live session and refuses an ended one or a bad token', async () => {
    const { access, accessTokens, refreshTokens, viewer } = await setup();
    const session = await refreshTokens.issue(viewer.id, {});
    const { token } = await accessTokens.sign({ userId: viewer.id, role: 'viewer', sessionId: session.familyId });
    expect(await access.authenticate(token)).toEqual({ id: `session:${session.familyId}`, userId: viewer.id, role: 'viewer', sessionId: session.familyId, apiKeyId: undefined });
    expect(await access.authenticate('not a token')).toBeNull();
    await refreshTokens.revokeFamily(session.familyId);
    const fresh = createSocketAccess(new CredentialChecker({ database: context.database, accessTokens, refreshTokens }), context.database);
    expect(await fresh.authenticate(token)).toBeNull();
  });
});
