import { randomUUID, webcrypto } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { USER_ROLES, type UserRole } from '../../storage/schema/users.js';
import type { AccessClaims } from './access-claims.js';
import { TokenError } from './token-error.js';

/** HS256 is only as strong as its key: below 256 bits it can be brute-forced offline from one token. */
const MIN_SECRET_BYTES = 32;
const CLOCK_TOLERANCE_SECONDS = 5;
const REQUIRED_CLAIMS = ['exp', 'iat', 'sub', 'sid', 'role', 'jti'];

function isRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function claimsOf(payload: JWTPayload): AccessClaims {
  const { sub, sid, role, jti, iat, exp } = payload;
  if (!isNonEmptyString(sub) || !isNonEmptyString(sid) || !isNonEmptyString(jti)) throw new TokenError('invalid', 'the access token lacks a subject, session or token id');
  if (!isRole(role)) throw new TokenError('invalid', 'the access token names no known role');
  if (typeof iat !== 'number' || typeof exp !== 'number') throw new TokenError('invalid', 'the access token lacks its issue or expiry time');
  return { userId: sub, role, sessionId: sid, issuedAt: new Date(iat * 1000), expiresAt: new Date(exp * 1000), tokenId: jti };
}

/** How many verified tokens are remembered (oldest forgotten first). */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Short-lived JWT access tokens (HS256). Verification pins the algorithm, issuer and audience and
 * requires every claim the API relies on; any failure is a {@link TokenError}.
 */
export class AccessTokens {
  private readonly key: Promise<webcrypto.CryptoKey>;
  /** Tokens already verified, so a client sending the same token on every request pays for HMAC once. */
  private readonly verified = new Map<string, AccessClaims>();
  private readonly issuer: string;
  private readonly audience: string;
  private readonly ttlSeconds: number;
  private readonly now: () => number;

  constructor(options: { secret: Uint8Array; issuer?: string; audience?: string; ttlSeconds?: number; now?: () => number }) {
    if (options.secret.byteLength < MIN_SECRET_BYTES) throw new RangeError(`the access-token secret must be at least ${MIN_SECRET_BYTES} bytes, got ${options.secret.byteLength}`);
    // A WebCrypto key imported once: given raw bytes (or a KeyObject), jose imports a key on every call, which was
    // the largest cost of an authenticated request. Importing copies the bytes, so a caller zeroing or reusing its
    // buffer cannot change the key under us; not extractable.
    this.key = webcrypto.subtle.importKey('raw', Uint8Array.from(options.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    this.issuer = options.issuer ?? 'goldensignals';
    this.audience = options.audience ?? 'goldensignals-api';
    this.ttlSeconds = options.ttlSeconds ?? 900;
    this.now = options.now ?? Date.now;
  }

  /** A signed token for this user and session, valid for the configured time from now. */
  async sign(claims: { userId: string; role: UserRole; sessionId: string }): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(this.now() / 1000);
    const expiresAtSeconds = issuedAt + this.ttlSeconds;
    const token = await new SignJWT({ role: claims.role, sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAtSeconds)
      .setJti(randomUUID())
      .sign(await this.key);
    return { token, expiresAt: new Date(expiresAtSeconds * 1000) };
  }

  /** The claims of a valid token; a {@link TokenError} (`expired` or `invalid`) otherwise. */
  async verify(token: string): Promise<AccessClaims> {
    const known = this.verified.get(token);
    if (known !== undefined) {
      // The signature and every claim held when it was cached; only time can have changed since.
      if (known.expiresAt.getTime() + CLOCK_TOLERANCE_SECONDS * 1000 <= this.now()) {
        this.verified.delete(token);
        throw new TokenError('expired', 'the access token has expired');
      }
      return known;
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.key, {
        // Pinned: a token must not choose how it is checked (alg "none", or another HMAC).
        algorithms: ['HS256'],
        issuer: this.issuer,
        audience: this.audience,
        requiredClaims: REQUIRED_CLAIMS,
        currentDate: new Date(this.now()),
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenError('expired', 'the access token has expired');
      // jose's codes name the failed check; its errors are not kept as the cause because some carry the payload.
      const code = error instanceof errors.JOSEError ? error.code : 'ERR_UNEXPECTED';
      throw new TokenError('invalid', `the access token is invalid (${code})`);
    }
    const claims = claimsOf(payload);
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) {
      const oldest = this.verified.keys().next();
      if (oldest.done !== true) this.verified.delete(oldest.value);
    }
    this.verified.set(token, claims);
    return claims;
  }
}
