import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AccessTokens } from './access-tokens.js';
import { TokenError } from './token-error.js';

const SECRET = new Uint8Array(randomBytes(32));
const START = Date.parse('2025-03-01T12:00:00.000Z');
const CLAIMS = { userId: '7b6f3c1e-2d4a-4c8e-9f10-1a2b3c4d5e6f', role: 'trader', sessionId: '0d9c8b7a-6f5e-4d3c-8b2a-19f8e7d6c5b4' } as const;

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function payloadOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A clock the test moves. */
function clock(start: number = START): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

/** Calls `verify` and returns the TokenError it must throw. */
async function refusal(tokens: AccessTokens, token: string): Promise<TokenError> {
  try {
    await tokens.verify(token);
  } catch (error) {
    if (error instanceof TokenError) return error;
    throw error;
  }
  throw new Error('the token was accepted');
}

/** A token with exactly these claims, signed like AccessTokens does unless told otherwise. */
function forge(payload: Record<string, unknown>, options: { alg?: 'HS256' | 'HS512'; secret?: Uint8Array } = {}): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: options.alg ?? 'HS256' }).sign(options.secret ?? SECRET);
}

function validPayload(): Record<string, unknown> {
  const iat = Math.floor(START / 1000);
  return { sub: CLAIMS.userId, role: 'viewer', sid: CLAIMS.sessionId, jti: 'f2b8c6a0-3f1e-4e57-9a2d-5c7b9e1d3f40', iat, exp: iat + 900, iss: 'goldensignals', aud: 'goldensignals-api' };
}

describe('AccessTokens', () => {
  it('verifies what it signed and gives back the claims', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START });
    const { token, expiresAt } = await tokens.sign(CLAIMS);
    expect(expiresAt).toEqual(new Date(START + 900_000));
    const claims = await tokens.verify(token);
    expect(claims).toEqual({ ...CLAIMS, issuedAt: new Date(START), expiresAt: new Date(START + 900_000), tokenId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('writes the standard claims, HS256 and a fresh id into every token', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START, issuer: 'gs-test', audience: 'gs-test-api', ttlSeconds: 60 });
    const first = await tokens.sign(CLAIMS);
    const second = await tokens.sign(CLAIMS);
    const header = JSON.parse(Buffer.from(first.token.split('.')[0] ?? '', 'base64url').toString('utf8')) as unknown;
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    const payload = payloadOf(first.token);
    const iat = START / 1000;
    expect(payload).toEqual({ sub: CLAIMS.userId, role: 'trader', sid: CLAIMS.sessionId, iat, exp: iat + 60, iss: 'gs-test', aud: 'gs-test-api', jti: expect.any(String) });
    expect(payloadOf(second.token).jti).not.toBe(payload.jti);
  });

  it('refuses secrets shorter than 32 bytes', () => {
    expect(() => new AccessTokens({ secret: new Uint8Array(31) })).toThrow(RangeError);
    expect(() => new AccessTokens({ secret: new Uint8Array(32) })).not.toThrow();
  });

  it('reports an expired token as expired, after 5 seconds of tolerance', async () => {
    const time = clock();
    const tokens = new AccessTokens({ secret: SECRET, now: time.now });
    const { token } = await tokens.sign(CLAIMS);
    time.advance(900_000 + 4_000);
    expect((await tokens.verify(token)).userId).toBe(CLAIMS.userId);
    time.advance(2_000);
    const error = await refusal(tokens, token);
    expect(error.reason).toBe('expired');
    expect(error.message).toBe('the access token has expired');
  });

  it('remembers a verified token only by its exact text: a changed copy is checked afresh and refused', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START });
    const { token } = await tokens.sign(CLAIMS);
    expect((await tokens.verify(token)).role).toBe(CLAIMS.role);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')), role: 'admin' })).toString('base64url');
    expect((await refusal(tokens, `${header}.${forged}.${signature}`)).reason).toBe('invalid');
    expect((await tokens.verify(token)).role).toBe(CLAIMS.role);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START });
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(validPayload())}.`;
    expect(await refusal(tokens, unsigned)).toMatchObject({ reason: 'invalid', message: 'the access token is invalid (ERR_JOSE_ALG_NOT_ALLOWED)' });
  });

  it('refuses a token signed with another secret', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START });
    const other = await new AccessTokens({ secret: new Uint8Array(randomBytes(32)), now: () => START }).sign(CLAIMS);
    expect(await refusal(tokens, other.token)).toMatchObject({ reason: 'invalid', message: 'the access token is invalid (ERR_JWS_SIGNATURE_VERIFICATION_FAILED)' });
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START });
    const { token } = await tokens.sign(CLAIMS);
    const [header, , signature] = token.split('.');
    const tampered = `${header}.${base64url({ ...payloadOf(token), role: 'admin' })}.${signature}`;
    expect(await refusal(tokens, tampered)).toMatchObject({ reason: 'invalid', message: 'the access token is invalid (ERR_JWS_SIGNATURE_VERIFICATION_FAILED)' });
  });

  it('refuses a token of another issuer or for another audience', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START });
    const foreignIssuer = await new AccessTokens({ secret: SECRET, now: () => START, issuer: 'someone-else' }).sign(CLAIMS);
    const foreignAudience = await new AccessTokens({ secret: SECRET, now: () => START, audience: 'another-api' }).sign(CLAIMS);
    expect(await refusal(tokens, foreignIssuer.token)).toMatchObject({ reason: 'invalid', message: 'the access token is invalid (ERR_JWT_CLAIM_VALIDATION_FAILED)' });
    expect(await refusal(tokens, foreignAudience.token)).toMatchObject({ reason: 'invalid', message: 'the access token is invalid (ERR_JWT_CLAIM_VALIDATION_FAILED)' });
  });

  it('refuses an HS512 token even when signed with the right secret', async () => {
    const longSecret = new Uint8Array(randomBytes(64));
    const tokens = new AccessTokens({ secret: longSecret, now: () => START });
    expect((await tokens.verify(await forge(validPayload(), { secret: longSecret }))).role).toBe('viewer');
    expect(await refusal(tokens, await forge(validPayload(), { alg: 'HS512', secret: longSecret }))).toMatchObject({ reason: 'invalid', message: 'the access token is invalid (ERR_JOSE_ALG_NOT_ALLOWED)' });
  });

  it('refuses a token lacking any required claim', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START });
    for (const claim of ['exp', 'iat', 'sub', 'sid', 'role', 'jti', 'iss', 'aud']) {
      const { [claim]: _dropped, ...payload } = validPayload();
      expect((await refusal(tokens, await forge(payload))).reason).toBe('invalid');
    }
  });

  it('refuses a role that is not viewer, trader or admin', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START });
    for (const role of ['root', 'Admin', '', 42, ['admin']]) {
      expect((await refusal(tokens, await forge({ ...validPayload(), role }))).reason).toBe('invalid');
    }
  });

  it('refuses garbage without ever echoing it', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START });
    for (const garbage of ['', 'not-a-token', 'a.b.c', 'eyJhbGciOiJIUzI1NiJ9..', '...', `${base64url({ alg: 'HS256' })}.bm90IGpzb24.c2ln`, 'x'.repeat(10_000)]) {
      const error = await refusal(tokens, garbage);
      expect(error.reason).toBe('invalid');
      if (garbage.length > 3) expect(error.message).not.toContain(garbage);
    }
  });

  it('never puts the token into the error message', async () => {
    const tokens = new AccessTokens({ secret: SECRET, now: () => START });
    const foreign = await new AccessTokens({ secret: new Uint8Array(randomBytes(32)), now: () => START }).sign(CLAIMS);
    const error = await refusal(tokens, foreign.token);
    expect(error.message).toBe('the access token is invalid (ERR_JWS_SIGNATURE_VERIFICATION_FAILED)');
    for (const part of foreign.token.split('.')) expect(error.message).not.toContain(part);
  });
});
