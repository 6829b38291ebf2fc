import type { FastifyRequest } from 'fastify';
import type { AuthorizeRequest } from '../../auth/authorize-request.js';
import type { Caller } from '../../auth/caller.js';
import { lesserRole, roleAtLeast } from '../../auth/role-rank.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { ApiKeyRepository, type ApiKey } from '../../storage/repositories/api-key-repository.js';
import { UserRepository, type User } from '../../storage/repositories/user-repository.js';
import type { AccessTokens } from '../credentials/access-tokens.js';
import { parseApiKeyText } from '../credentials/api-key-text.js';
import type { RefreshTokenService } from '../credentials/refresh-token-service.js';
import { TokenError } from '../credentials/token-error.js';
import { hashToken } from '../credentials/token-hash.js';
import { TimedCache } from './timed-cache.js';

/** Options of {@link CredentialChecker}. */
export interface CredentialCheckerOptions {
  readonly database: Database;
  readonly accessTokens: AccessTokens;
  readonly refreshTokens: RefreshTokenService;
  readonly now?: () => number;
  /** How long a looked-up account, session or key is trusted without asking the database again (default 5 s). */
  readonly cacheMs?: number;
}

const API_KEY_PREFIX = 'gs_';
/** A key's last-used time is written at most this often, so a busy program does not write on every request. */
const TOUCH_EVERY_MS = 60_000;
const MAX_CREDENTIAL_LENGTH = 4096;

const SIGN_IN = 'sign in: send Authorization: Bearer <access token or API key>, or X-API-Key: <API key>';

function unauthorized(message: string): AppError {
  return new AppError('GS_ERR_UNAUTHORIZED', message);
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Turns the credentials of a request (an access token or an API key) into a {@link Caller}, checking on every use
 * that the account still exists and is enabled, that the session was not ended (logout, password change) and that
 * the key was not revoked; the account's current role applies at once, whatever the token says.
 */
export class CredentialChecker {
  readonly #users: UserRepository;
  readonly #keys: ApiKeyRepository;
  readonly #userCache: TimedCache<User | null>;
  readonly #sessionCache: TimedCache<boolean>;
  readonly #keyCache: TimedCache<ApiKey | null>;
  readonly #now: () => number;
  /** Credentials a request sent that did not hold, found by `identify`, answered by `authorize`. */
  readonly #problems = new WeakMap<FastifyRequest, AppError>();

  constructor(private readonly options: CredentialCheckerOptions) {
    this.#users = new UserRepository(options.database.db);
    this.#keys = new ApiKeyRepository(options.database.db);
    this.#now = options.now ?? Date.now;
    const ttl = options.cacheMs ?? 5_000;
    this.#userCache = new TimedCache(ttl, 10_000, this.#now);
    this.#sessionCache = new TimedCache(ttl, 10_000, this.#now);
    this.#keyCache = new TimedCache(ttl, 10_000, this.#now);
  }

  /**
   * First step: finds who is calling (sets `request.caller`) without refusing anything yet, so the rate limit can
   * count the request against the caller or its IP before {@link authorize} refuses bad credentials.
   */
  readonly identify = async (request: FastifyRequest): Promise<void> => {
    try {
      const caller = await this.callerOfRequest(request);
      if (caller !== null) request.caller = caller;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.#problems.set(request, error);
    }
  };

  /** Second step, the route hook: 401 without valid credentials, 403 when the caller's role is below the route's. */
  readonly authorize: AuthorizeRequest = async (request: FastifyRequest, role) => {
    const problem = this.#problems.get(request);
    if (problem !== undefined) throw problem;
    const caller = request.caller ?? (await this.callerOfRequest(request));
    if (caller === null) throw unauthorized(SIGN_IN);
    if (role !== 'public' && !roleAtLeast(caller.role, role)) {
      const who = caller.apiKeyId === undefined ? 'your account' : 'this API key';
      throw new AppError('GS_ERR_FORBIDDEN', `this needs the ${role} role; ${who} has ${caller.role}`);
    }
    request.caller = caller;
  };

  /** The caller of a request; `null` without credentials; a 401 AppError for credentials that do not hold. */
  async callerOfRequest(request: FastifyRequest): Promise<Caller | null> {
    const authorization = headerText(request.headers.authorization);
    const apiKeyHeader = headerText(request.headers['x-api-key']);
    if (authorization !== undefined && authorization !== '') {
      const match = /^Bearer +(\S+) *$/i.exec(authorization.slice(0, MAX_CREDENTIAL_LENGTH + 20));
      if (match === null) throw unauthorized('the Authorization header must be "Bearer <access token or API key>"');
      return this.#callerOfCredential(match[1]);
    }
    if (apiKeyHeader !== undefined && apiKeyHeader !== '') return this.#callerOfApiKey(apiKeyHeader);
    return null;
  }

  /** The caller of a token or key (WebSocket `auth`), or `null` when it does not hold. */
  async callerOfToken(token: string): Promise<Caller | null> {
    try {
      return await this.#callerOfCredential(token);
    } catch (error) {
      if (error instanceof AppError && error.code === 'GS_ERR_UNAUTHORIZED') return null;
      throw error;
    }
  }

  /** Forgets what is cached of an account (role, disabled) and its sessions; call after changing them. */
  forgetUser(userId: string): void {
    this.#userCache.delete(userId);
    this.#sessionCache.clear();
  }

  /** Forgets a session's state; call after ending it. */
  forgetSession(sessionId: string): void {
    this.#sessionCache.delete(sessionId);
  }

  /** Forgets every cached key; call after revoking one. */
  forgetKeys(): void {
    this.#keyCache.clear();
  }

  #callerOfCredential(credential: string): Promise<Caller> {
    if (credential.length > MAX_CREDENTIAL_LENGTH) throw unauthorized('the credential is too long to be a token or key');
    return credential.startsWith(API_KEY_PREFIX) ? this.#callerOfApiKey(credential) : this.#callerOfAccessToken(credential);
  }

  async #callerOfAccessToken(token: string): Promise<Caller> {
    let claims;
    try {
      claims = await this.options.accessTokens.verify(token);
    } catch (error) {
      if (!(error instanceof TokenError)) throw error;
      throw unauthorized(error.reason === 'expired' ? 'the access token has expired; get a new one with POST /api/v1/auth/refresh' : 'the access token is not valid');
    }
    if (await this.#sessionEnded(claims.sessionId)) throw unauthorized('this session has ended (logged out, or the password changed); log in again');
    const user = await this.#user(claims.userId);
    if (user === null || user.disabled) throw unauthorized('the account of this token no longer exists or is disabled');
    return { userId: user.id, role: user.role, sessionId: claims.sessionId };
  }

  async #callerOfApiKey(text: string): Promise<Caller> {
    if (text.length > MAX_CREDENTIAL_LENGTH || parseApiKeyText(text) === null) throw unauthorized('the API key is malformed (expected gs_<prefix>_<secret>)');
    const keyHash = hashToken(text);
    let key = this.#keyCache.get(keyHash);
    if (key === undefined) {
      key = await this.#keys.findUsable(keyHash, new Date(this.#now()));
      this.#keyCache.set(keyHash, key);
    }
    if (key === null || key.revokedAt !== null || (key.expiresAt !== null && key.expiresAt.getTime() <= this.#now())) {
      throw unauthorized('the API key is unknown, revoked or expired');
    }
    const user = await this.#user(key.userId);
    if (user === null || user.disabled) throw unauthorized('the account of this API key no longer exists or is disabled');
    if (key.lastUsedAt === null || this.#now() - key.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      const at = new Date(this.#now());
      await this.#keys.touch(key.id, at);
      this.#keyCache.set(keyHash, { ...key, lastUsedAt: at });
    }
    return { userId: user.id, role: lesserRole(key.role, user.role), apiKeyId: key.id };
  }

  async #user(userId: string): Promise<User | null> {
    const cached = this.#userCache.get(userId);
    if (cached !== undefined) return cached;
    const user = await this.#users.byId(userId);
    this.#userCache.set(userId, user);
    return user;
  }

  async #sessionEnded(sessionId: string): Promise<boolean> {
    const cached = this.#sessionCache.get(sessionId);
    if (cached !== undefined) return cached;
    const ended = await this.options.refreshTokens.isFamilyRevoked(sessionId);
    this.#sessionCache.set(sessionId, ended);
    return ended;
  }
}
