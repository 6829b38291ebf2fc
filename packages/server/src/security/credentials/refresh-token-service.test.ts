import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it, vi } from 'vitest';
import { RefreshTokenRepository } from '../../storage/repositories/refresh-token-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { refreshTokens } from '../../storage/schema/refresh-tokens.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { newOpaqueToken } from './opaque-token.js';
import { RefreshTokenService } from './refresh-token-service.js';
import type { RotationResult } from './rotation-result.js';
import { hashToken } from './token-hash.js';

const START = Date.parse('2025-03-01T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const META = { ip: '203.0.113.7', userAgent: 'vitest' };

describeStorage('RefreshTokenService', (context) => {
  const setup = async () => {
    let time = START;
    const service = new RefreshTokenService(context.database, { now: () => time });
    const users = new UserRepository(context.database.db);
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h' });
    const grace = await users.create({ email: 'grace@example.com', passwordHash: 'h' });
    return {
      service,
      ada,
      grace,
      rows: new RefreshTokenRepository(context.database.db),
      advance: (ms: number) => (time += ms),
      family: (familyId: string) => context.database.db.select().from(refreshTokens).where(eq(refreshTokens.familyId, familyId)),
    };
  };

  const rotated = (result: RotationResult) => {
    if (result.outcome !== 'rotated') throw new Error(`expected a rotation, got ${JSON.stringify(result)}`);
    return result;
  };

  it('issues a gsr_ token of a new family, valid for 30 days, storing only its hash and where it went', async () => {
    const { service, ada, rows } = await setup();
    const issued = await service.issue(ada.id, META);
    expect(issued.token).toMatch(/^gsr_[A-Za-z0-9_-]{43}$/);
    expect(issued.familyId).toMatch(/^[0-9a-f-]{36}$/);
    expect(issued.expiresAt).toEqual(new Date(START + 30 * DAY));
    expect(await rows.byHash(issued.token)).toBeNull();
    expect(await rows.byHash(hashToken(issued.token))).toMatchObject({ userId: ada.id, familyId: issued.familyId, expiresAt: issued.expiresAt, ip: META.ip, userAgent: 'vitest', usedAt: null, revokedAt: null });
    const other = await service.issue(ada.id, {});
    expect(other.familyId).not.toBe(issued.familyId);
    expect(await rows.byHash(hashToken(other.token))).toMatchObject({ ip: null, userAgent: null });
  });

  it('issues into a given family, and honours a configured lifetime', async () => {
    const { ada } = await setup();
    const service = new RefreshTokenService(context.database, { ttlMs: 60_000, now: () => START });
    const familyId = randomUUID();
    expect(await service.issue(ada.id, META, familyId)).toEqual({ token: expect.any(String), familyId, expiresAt: new Date(START + 60_000) });
    await expect(service.issue(ada.id, META, 'not-a-uuid')).rejects.toThrow(RangeError);
  });

  it('rotates a token into a new one of the same family and spends the old one', async () => {
    const { service, ada, rows, advance } = await setup();
    const first = await service.issue(ada.id, META);
    advance(DAY);
    const result = rotated(await service.rotate(first.token, { ip: '198.51.100.1', userAgent: 'next' }));
    expect(result).toMatchObject({ userId: ada.id, familyId: first.familyId, issued: { familyId: first.familyId, expiresAt: new Date(START + 31 * DAY) } });
    expect(result.issued.token).not.toBe(first.token);
    const successor = await rows.byHash(hashToken(result.issued.token));
    expect(successor).toMatchObject({ ip: '198.51.100.1', userAgent: 'next', usedAt: null });
    expect(await rows.byHash(hashToken(first.token))).toMatchObject({ usedAt: new Date(START + DAY), replacedBy: successor?.id, revokedAt: null });
    expect(rotated(await service.rotate(result.issued.token, META)).familyId).toBe(first.familyId);
  });

  it('treats a spent token presented again as reuse and revokes its whole family, and only that', async () => {
    const { service, ada, family } = await setup();
    const first = await service.issue(ada.id, META);
    const elsewhere = await service.issue(ada.id, META);
    const second = rotated(await service.rotate(first.token, META));
    expect(await service.rotate(first.token, META)).toEqual({ outcome: 'reused', userId: ada.id, familyId: first.familyId });
    expect((await family(first.familyId)).map((row) => row.revokedAt)).toEqual([expect.any(Date), expect.any(Date)]);
    expect(await service.rotate(second.issued.token, META)).toEqual({ outcome: 'invalid', reason: 'revoked' });
    expect(await service.isFamilyRevoked(first.familyId)).toBe(true);
    expect(await service.isFamilyRevoked(elsewhere.familyId)).toBe(false);
    expect(rotated(await service.rotate(elsewhere.token, META)).familyId).toBe(elsewhere.familyId);
  });

  it('gives one rotation and one reuse for two simultaneous rotations of a token, and keeps no successor alive', async () => {
    const { service, ada, family } = await setup();
    const issued = await service.issue(ada.id, META);
    const results = await Promise.all([service.rotate(issued.token, META), service.rotate(issued.token, META)]);
    expect(results.map((result) => result.outcome).sort()).toEqual(['reused', 'rotated']);
    expect(results.find((result) => result.outcome === 'reused')).toEqual({ outcome: 'reused', userId: ada.id, familyId: issued.familyId });
    // The loser's successor was rolled back; the winner's was revoked with the family.
    const rows = await family(issued.familyId);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.revokedAt !== null)).toBe(true);
    const winner = rotated(results.find((result) => result.outcome === 'rotated') ?? results[0]);
    expect(await service.rotate(winner.issued.token, META)).toEqual({ outcome: 'invalid', reason: 'revoked' });
  });

  it('rolls back its successor and reports reuse when another rotation spent the token after it was read', async () => {
    const { service, ada, rows, family } = await setup();
    const issued = await service.issue(ada.id, META);
    const asRead = await rows.byHash(hashToken(issued.token));
    rotated(await service.rotate(issued.token, META));
    // As if this rotation had read the token just before the other one marked it used.
    const byHash = vi.spyOn(RefreshTokenRepository.prototype, 'byHash').mockResolvedValueOnce(asRead);
    try {
      expect(await service.rotate(issued.token, META)).toEqual({ outcome: 'reused', userId: ada.id, familyId: issued.familyId });
    } finally {
      byHash.mockRestore();
    }
    const familyRows = await family(issued.familyId);
    expect(familyRows).toHaveLength(2);
    expect(familyRows.every((row) => row.revokedAt !== null)).toBe(true);
  });

  it('refuses an expired token without spending it', async () => {
    const { service, ada, rows, advance } = await setup();
    const issued = await service.issue(ada.id, META);
    advance(30 * DAY - 1);
    const successor = rotated(await service.rotate(issued.token, META));
    advance(30 * DAY);
    expect(await service.rotate(successor.issued.token, META)).toEqual({ outcome: 'invalid', reason: 'expired' });
    expect((await rows.byHash(hashToken(successor.issued.token)))?.usedAt).toBeNull();
  });

  it('refuses a revoked token', async () => {
    const { service, ada } = await setup();
    const issued = await service.issue(ada.id, META);
    expect(await service.revokeFamily(issued.familyId)).toBe(1);
    expect(await service.rotate(issued.token, META)).toEqual({ outcome: 'invalid', reason: 'revoked' });
  });

  it('refuses tokens it never issued, well-formed or not', async () => {
    const { service, ada } = await setup();
    await service.issue(ada.id, META);
    for (const token of [newOpaqueToken('gsr_'), '', 'gsr_', 'garbage', `gsr_${'a'.repeat(44)}`, `gs_${'a'.repeat(43)}`, 'x'.repeat(100_000)]) {
      expect(await service.rotate(token, META)).toEqual({ outcome: 'invalid', reason: 'unknown' });
    }
  });

  it('revokes a family or all of a user’s tokens, counting the ones it revoked', async () => {
    const { service, ada, grace } = await setup();
    const a1 = await service.issue(ada.id, META);
    rotated(await service.rotate(a1.token, META));
    const a2 = await service.issue(ada.id, META);
    const g1 = await service.issue(grace.id, META);
    expect(await service.revokeFamily(a2.familyId)).toBe(1);
    expect(await service.revokeFamily(a2.familyId)).toBe(0);
    expect(await service.revokeUser(ada.id)).toBe(2);
    expect(await service.revokeUser(ada.id)).toBe(0);
    expect(await service.isFamilyRevoked(a1.familyId)).toBe(true);
    expect(await service.isFamilyRevoked(g1.familyId)).toBe(false);
    expect(await service.revokeFamily('not-a-uuid')).toBe(0);
    expect(await service.revokeUser('not-a-uuid')).toBe(0);
  });

  it('tells the login of any token it issued, spent or revoked too, and nothing for others', async () => {
    const { service, ada } = await setup();
    const issued = await service.issue(ada.id, META);
    const session = { userId: ada.id, familyId: issued.familyId };
    expect(await service.sessionOf(issued.token)).toEqual(session);
    const next = rotated(await service.rotate(issued.token, META));
    await service.revokeFamily(issued.familyId);
    expect(await service.sessionOf(issued.token)).toEqual(session);
    expect(await service.sessionOf(next.issued.token)).toEqual(session);
    expect(await service.sessionOf(newOpaqueToken('gsr_'))).toBeNull();
    expect(await service.sessionOf('garbage')).toBeNull();
  });

  it('counts a family as revoked only when every token is, or when it does not exist', async () => {
    const { service, ada } = await setup();
    const issued = await service.issue(ada.id, META);
    rotated(await service.rotate(issued.token, META));
    expect(await service.isFamilyRevoked(issued.familyId)).toBe(false);
    await service.revokeFamily(issued.familyId);
    expect(await service.isFamilyRevoked(issued.familyId)).toBe(true);
    expect(await service.isFamilyRevoked(randomUUID())).toBe(true);
    expect(await service.isFamilyRevoked('not-a-uuid')).toBe(true);
  });
});
