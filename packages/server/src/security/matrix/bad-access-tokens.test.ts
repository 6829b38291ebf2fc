import { randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { AccessTokens } from '../credentials/access-tokens.js';
import { TokenError } from '../credentials/token-error.js';
import { badAccessTokens } from './bad-access-tokens.test-support.js';

const NOW = Date.UTC(2024, 5, 3, 18, 0);
const SECRET = new Uint8Array(randomBytes(64));
const ADMIN = { userId: '11111111-1111-4111-8111-111111111111', role: 'admin', sessionId: '22222222-2222-4222-8222-222222222222' } as const;
const VIEWER = { userId: '33333333-3333-4333-8333-333333333333', role: 'viewer', sessionId: '44444444-4444-4444-8444-444444444444' } as const;

async function tokens(): Promise<{ server: AccessTokens; bad: Awaited<ReturnType<typeof badAccessTokens>>; viewerToken: string }> {
  const server = new AccessTokens({ secret: SECRET, now: () => NOW });
  const adminToken = (await server.sign(ADMIN)).token;
  const viewerToken = (await server.sign(VIEWER)).token;
  return { server, bad: await badAccessTokens({ secret: SECRET, adminToken, viewerToken, now: NOW }), viewerToken };
}

async function refusal(server: AccessTokens, token: string): Promise<string> {
  const error: unknown = await server.verify(token).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  return error instanceof TokenError ? `${error.reason}: ${error.message}` : `accepted or failed otherwise: ${String(error)}`;
}

describe('bad access tokens', () => {
  it('makes an expired token that the server secret signed, for the admin and its session', async () => {
    const { server, bad } = await tokens();
    expect(decodeJwt(bad.expired)).toMatchObject({ sub: ADMIN.userId, sid: ADMIN.sessionId, role: 'admin', iat: (NOW - 3_600_000) / 1000, exp: (NOW - 3_600_000) / 1000 + 60 });
    // The same secret at the hour the token was issued accepts it: expiry is the only fault.
    const thenTokens = new AccessTokens({ secret: SECRET, now: () => NOW - 3_600_000 });
    await expect(thenTokens.verify(bad.expired)).resolves.toMatchObject({ userId: ADMIN.userId, role: 'admin' });
    expect(await refusal(server, bad.expired)).toBe('expired: the access token has expired');
  });

  it('makes a well-formed admin token signed with another secret', async () => {
    const { server, bad } = await tokens();
    expect(decodeProtectedHeader(bad.otherSecret)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(decodeJwt(bad.otherSecret)).toMatchObject({ sub: ADMIN.userId, sid: ADMIN.sessionId, role: 'admin', iss: 'goldensignals', aud: 'goldensignals-api' });
    expect(await refusal(server, bad.otherSecret)).toBe('invalid: the access token is invalid (ERR_JWS_SIGNATURE_VERIFICATION_FAILED)');
  });

  it("makes an unsigned alg-none token carrying the admin's real claims", async () => {
    const { server, bad } = await tokens();
    expect(decodeProtectedHeader(bad.algNone)).toEqual({ alg: 'none', typ: 'JWT' });
    expect(bad.algNone.endsWith('.')).toBe(true);
    expect(decodeJwt(bad.algNone)).toMatchObject({ sub: ADMIN.userId, role: 'admin' });
    expect(await refusal(server, bad.algNone)).toMatch(/^invalid: /);
  });

  it("makes a viewer token claiming admin under the viewer's own signature", async () => {
    const { server, bad, viewerToken } = await tokens();
    const [header, , signature] = viewerToken.split('.');
    const [editedHeader, , editedSignature] = bad.roleEdited.split('.');
    expect([editedHeader, editedSignature]).toEqual([header, signature]);
    expect(decodeJwt(bad.roleEdited)).toEqual({ ...decodeJwt(viewerToken), role: 'admin' });
    expect(await refusal(server, bad.roleEdited)).toBe('invalid: the access token is invalid (ERR_JWS_SIGNATURE_VERIFICATION_FAILED)');
  });
});
