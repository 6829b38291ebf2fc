import { randomUUID } from 'node:crypto';
import type { Caller } from '../../auth/caller.js';
import { lesserRole } from '../../auth/role-rank.js';
import type { RegistrationMode } from '../../config/registration-mode.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { ApiKeyRepository, type ApiKey } from '../../storage/repositories/api-key-repository.js';
import { InviteRepository, type Invite } from '../../storage/repositories/invite-repository.js';
import { StorageConflictError } from '../../storage/repositories/storage-conflict-error.js';
import { UserRepository, type User } from '../../storage/repositories/user-repository.js';
import type { UserRole } from '../../storage/schema/users.js';
import type { AccessTokens } from '../credentials/access-tokens.js';
import { newApiKeyText } from '../credentials/api-key-text.js';
import { newOpaqueToken } from '../credentials/opaque-token.js';
import type { PasswordHasher } from '../credentials/password-hasher.js';
import { passwordProblems } from '../credentials/password-problems.js';
import type { RefreshTokenService } from '../credentials/refresh-token-service.js';
import { hashToken } from '../credentials/token-hash.js';
import type { LoginThrottling } from '../limits/login-throttling.js';
import type { AuditTrail } from './audit-trail.js';
import type { AuthAnswer } from './auth-answer.js';
import type { RequestMeta } from './request-meta.js';
import { SECURITY_EVENTS } from './security-event.js';

/** What ended, so open WebSockets and cached credentials can follow at once. */
export type EndedAccess = { readonly userId: string } | { readonly sessionId: string } | { readonly apiKeyId: string };

/** Options of {@link AccountService}. */
export interface AccountServiceOptions {
  readonly database: Database;
  readonly hasher: PasswordHasher;
  readonly accessTokens: AccessTokens;
  readonly refreshTokens: RefreshTokenService;
  /** Failed-login backoff: in process memory, or shared by the nodes in Redis. */
  readonly throttle: LoginThrottling;
  readonly audit: AuditTrail;
  readonly registration: RegistrationMode;
  /** Told when sessions, all of an account's access, or a key end (logout, password change, disable, revoke). */
  readonly onAccessEnded?: (ended: EndedAccess) => void;
  /** Told when an account's role or state changed (cached credentials must be re-read). */
  readonly onUserChanged?: (userId: string) => void;
  readonly now?: () => number;
}

const WRONG_CREDENTIALS = 'the e-mail address or the password is wrong';
const INVITE_TTL_MS = 7 * 86_400_000;

function passwordError(password: string, context: { email: string; name?: string | null }, field = 'body.password'): AppError | null {
  const problems = passwordProblems(password, context);
  if (problems.length === 0) return null;
  return new AppError(
    'GS_ERR_VALIDATION',
    `password ${problems.join('; ')}`,
    problems.map((message) => ({ field, message })),
  );
}

/** Accounts, sessions, API keys and invitations: every change that matters to security, audited. */
export class AccountService {
  readonly #users: UserRepository;
  readonly #keys: ApiKeyRepository;
  readonly #invites: InviteRepository;
  readonly #now: () => number;

  constructor(private readonly options: AccountServiceOptions) {
    this.#users = new UserRepository(options.database.db);
    this.#keys = new ApiKeyRepository(options.database.db);
    this.#invites = new InviteRepository(options.database.db);
    this.#now = options.now ?? Date.now;
  }

  get registration(): RegistrationMode {
    return this.options.registration;
  }

  /** True until the first account exists (the dashboard then offers to create the admin). */
  async needsFirstAccount(): Promise<boolean> {
    return (await this.#users.count()) === 0;
  }

  /** Creates an account (the first becomes admin) under the registration rules and signs it in. */
  async register(input: { email: string; password: string; name?: string | null; inviteCode?: string }, meta: RequestMeta): Promise<AuthAnswer> {
    const problem = passwordError(input.password, input);
    if (problem !== null) throw problem;
    const first = await this.needsFirstAccount();
    const mode = this.options.registration;
    if (!first && mode === 'closed') throw new AppError('GS_ERR_FORBIDDEN', 'registration is closed on this server; ask an admin to create your account');
    const passwordHash = await this.options.hasher.hash(input.password);
    const { user, invite } = await this.options.database.transaction(async (tx) => {
      let usable: Invite | null = null;
      if (!first && mode === 'invite') {
        if (input.inviteCode === undefined || input.inviteCode === '') throw AppError.invalid('body.inviteCode', 'is required: registration on this server is by invitation');
        usable = await new InviteRepository(tx).findUsable(hashToken(input.inviteCode), new Date(this.#now()));
        if (usable === null || (usable.email !== null && usable.email.toLowerCase() !== input.email.trim().toLowerCase())) {
          throw new AppError('GS_ERR_FORBIDDEN', 'the invitation code is unknown, used, expired or for another e-mail address');
        }
      }
      const created = await this.#create(new UserRepository(tx), { email: input.email, passwordHash, name: input.name ?? null, role: usable?.role ?? 'viewer' });
      if (usable !== null && !(await new InviteRepository(tx).markUsed(usable.id, created.id, new Date(this.#now())))) {
        throw new AppError('GS_ERR_FORBIDDEN', 'the invitation code was used meanwhile');
      }
      return { user: created, invite: usable };
    });
    await this.options.audit.record(SECURITY_EVENTS.registered, user.id, meta, { role: user.role, first, inviteId: invite?.id ?? null });
    return this.#signIn(user, meta);
  }

  /** Checks a password (throttled per account and IP, same answer and similar time for unknown e-mails). */
  async login(email: string, password: string, meta: RequestMeta): Promise<AuthAnswer> {
    const verdict = await this.options.throttle.check(email, meta.ip);
    if (!verdict.allowed) {
      const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      await this.options.audit.record(SECURITY_EVENTS.loginThrottled, null, meta, { scope: verdict.scope, retryAfterSeconds: seconds });
      throw new AppError('GS_ERR_RATE_LIMITED', `too many failed logins for this ${verdict.scope === 'ip' ? 'address' : 'account'}; retry in ${seconds} s`, [], { retryAfterSeconds: seconds });
    }
    const found = await this.#users.credentials(email);
    const valid = found === null ? await this.options.hasher.verifyUnknownUser(password) : await this.options.hasher.verify(found.passwordHash, password);
    if (found === null || !valid) {
      await this.options.throttle.recordFailure(email, meta.ip);
      await this.options.audit.record(SECURITY_EVENTS.loginFailed, found?.user.id ?? null, meta, { reason: found === null ? 'unknown e-mail' : 'wrong password' });
      throw new AppError('GS_ERR_UNAUTHORIZED', WRONG_CREDENTIALS);
    }
    if (found.user.disabled) {
      await this.options.audit.record(SECURITY_EVENTS.loginFailed, found.user.id, meta, { reason: 'account disabled' });
      throw new AppError('GS_ERR_FORBIDDEN', 'this account is disabled; ask an admin');
    }
    await this.options.throttle.recordSuccess(email, meta.ip);
    await this.#users.recordLogin(found.user.id, new Date(this.#now()));
    await this.options.audit.record(SECURITY_EVENTS.loginSucceeded, found.user.id, meta);
    return this.#signIn(found.user, meta);
  }

  /** Rotates a refresh token; a reused one ends its whole session family. */
  async refresh(refreshToken: string, meta: RequestMeta): Promise<AuthAnswer> {
    const result = await this.options.refreshTokens.rotate(refreshToken, meta);
    if (result.outcome === 'reused') {
      await this.options.audit.record(SECURITY_EVENTS.refreshReused, result.userId, meta, { sessionId: result.familyId });
      this.options.onAccessEnded?.({ sessionId: result.familyId });
      throw new AppError('GS_ERR_UNAUTHORIZED', 'this refresh token was already used; the session has been ended for safety, log in again');
    }
    if (result.outcome === 'invalid') throw new AppError('GS_ERR_UNAUTHORIZED', `the refresh token is ${result.reason === 'unknown' ? 'not valid' : result.reason}; log in again`);
    const user = await this.#users.byId(result.userId);
    if (user === null || user.disabled) {
      await this.options.refreshTokens.revokeFamily(result.familyId);
      throw new AppError('GS_ERR_UNAUTHORIZED', 'the account of this session no longer exists or is disabled');
    }
    const access = await this.options.accessTokens.sign({ userId: user.id, role: user.role, sessionId: result.familyId });
    return { accessToken: access.token, refreshToken: result.issued.token, accessTokenExpiresAt: access.expiresAt.toISOString(), user: { id: user.id, email: user.email, role: user.role } };
  }

  /** Ends a session: the one of the refresh token given, else the caller's own. */
  async logout(input: { refreshToken?: string; caller?: Caller }, meta: RequestMeta): Promise<void> {
    let sessionId = input.caller?.sessionId;
    let userId = input.caller?.userId ?? null;
    if (input.refreshToken !== undefined) {
      const session = await this.options.refreshTokens.sessionOf(input.refreshToken);
      if (session === null) throw new AppError('GS_ERR_UNAUTHORIZED', 'the refresh token is not valid');
      sessionId = session.familyId;
      userId = session.userId;
    }
    if (sessionId === undefined) throw new AppError('GS_ERR_UNAUTHORIZED', 'send the refresh token to end its session, or an access token of the session');
    await this.options.refreshTokens.revokeFamily(sessionId);
    await this.options.audit.record(SECURITY_EVENTS.loggedOut, userId, meta, { sessionId });
    this.options.onAccessEnded?.({ sessionId });
  }

  /** Changes the caller's own password (current one required) and ends every session of the account. */
  async changePassword(caller: Caller, currentPassword: string, newPassword: string, meta: RequestMeta): Promise<void> {
    const userId = this.#accountOf(caller);
    const user = await this.#users.byId(userId);
    if (user === null) throw new AppError('GS_ERR_UNAUTHORIZED', 'the account no longer exists');
    const found = await this.#users.credentials(user.email);
    if (found === null || !(await this.options.hasher.verify(found.passwordHash, currentPassword))) {
      throw new AppError('GS_ERR_VALIDATION', 'currentPassword is wrong', [{ field: 'body.currentPassword', message: 'is wrong' }]);
    }
    const problem = passwordError(newPassword, user, 'body.newPassword');
    if (problem !== null) throw problem;
    await this.#setPassword(user.id, newPassword);
    await this.options.audit.record(SECURITY_EVENTS.passwordChanged, user.id, meta);
  }

  /** An admin sets a new password for an account; every session of it ends. */
  async resetPassword(admin: Caller, userId: string, newPassword: string, meta: RequestMeta): Promise<User> {
    const user = await this.#existing(userId);
    const problem = passwordError(newPassword, user);
    if (problem !== null) throw problem;
    await this.#setPassword(user.id, newPassword);
    await this.options.audit.record(SECURITY_EVENTS.passwordReset, admin.userId, meta, { targetUserId: user.id });
    return user;
  }

  /** An admin creates an account (the way in when registration is closed). */
  async createUser(admin: Caller, input: { email: string; password: string; name?: string | null; role: UserRole }, meta: RequestMeta): Promise<User> {
    const problem = passwordError(input.password, input);
    if (problem !== null) throw problem;
    const user = await this.#create(this.#users, { email: input.email, passwordHash: await this.options.hasher.hash(input.password), name: input.name ?? null, role: input.role });
    await this.options.audit.record(SECURITY_EVENTS.userCreated, admin.userId, meta, { targetUserId: user.id, role: user.role });
    return user;
  }

  /** An admin changes an account's role or disables/enables it; the last enabled admin cannot be demoted or disabled. */
  async updateUser(admin: Caller, userId: string, changes: { role?: UserRole; disabled?: boolean }, meta: RequestMeta): Promise<User> {
    const user = await this.#existing(userId);
    const losesAdmin = user.role === 'admin' && !user.disabled && ((changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true);
    if (losesAdmin) {
      const admins = (await this.#users.list()).filter((other) => other.role === 'admin' && !other.disabled);
      if (admins.length <= 1) throw new AppError('GS_ERR_CONFLICT', 'this is the last enabled admin; make another account admin first');
    }
    const updated = await this.#users.update(user.id, changes);
    if (updated === null) throw AppError.notFound(`no account ${userId}`);
    if (changes.role !== undefined && changes.role !== user.role) {
      await this.options.audit.record(SECURITY_EVENTS.roleChanged, admin.userId, meta, { targetUserId: user.id, from: user.role, to: changes.role });
    }
    if (changes.disabled !== undefined && changes.disabled !== user.disabled) {
      await this.options.audit.record(changes.disabled ? SECURITY_EVENTS.userDisabled : SECURITY_EVENTS.userEnabled, admin.userId, meta, { targetUserId: user.id });
      if (changes.disabled) {
        await this.options.refreshTokens.revokeUser(user.id);
        this.options.onAccessEnded?.({ userId: user.id });
      }
    }
    this.options.onUserChanged?.(user.id);
    return updated;
  }

  /** Every account, for admins. */
  listUsers(): Promise<User[]> {
    return this.#users.list();
  }

  /** The caller's account. */
  async me(caller: Caller): Promise<User> {
    return this.#existing(this.#accountOf(caller));
  }

  /** Creates an API key with at most the caller's rights; the key text is in the answer only this once. */
  async createApiKey(caller: Caller, input: { name: string; role?: UserRole; expiresAt?: Date | null }, meta: RequestMeta): Promise<{ key: string; apiKey: ApiKey }> {
    const userId = this.#accountOf(caller);
    if (caller.apiKeyId !== undefined) throw new AppError('GS_ERR_FORBIDDEN', 'an API key cannot create keys; sign in as the account');
    const role = input.role ?? caller.role;
    if (lesserRole(role, caller.role) !== role) throw AppError.invalid('body.role', `cannot exceed your own role (${caller.role})`);
    if (input.expiresAt && input.expiresAt.getTime() <= this.#now()) throw AppError.invalid('body.expiresAt', 'must be in the future');
    for (let attempt = 0; ; attempt++) {
      const { key, prefix } = newApiKeyText();
      try {
        const apiKey = await this.#keys.create({ userId, name: input.name, prefix, keyHash: hashToken(key), role, expiresAt: input.expiresAt ?? null });
        await this.options.audit.record(SECURITY_EVENTS.apiKeyCreated, userId, meta, { apiKeyId: apiKey.id, prefix, role });
        return { key, apiKey };
      } catch (error) {
        // A prefix collision (8 random characters) is rare; a second one in a row is not chance.
        if (!(error instanceof StorageConflictError) || attempt >= 2) throw error;
      }
    }
  }

  /** The caller's keys (never their secrets). */
  listApiKeys(caller: Caller): Promise<ApiKey[]> {
    return this.#keys.listForUser(this.#accountOf(caller));
  }

  /** Revokes one of the caller's keys (any key for an admin); open connections using it close. */
  async revokeApiKey(caller: Caller, keyId: string, meta: RequestMeta): Promise<void> {
    const owner = caller.role === 'admin' && caller.apiKeyId === undefined ? undefined : this.#accountOf(caller);
    if (!(await this.#keys.revoke(keyId, owner, new Date(this.#now())))) throw AppError.notFound(`no active API key ${keyId} of yours`);
    await this.options.audit.record(SECURITY_EVENTS.apiKeyRevoked, caller.userId, meta, { apiKeyId: keyId });
    this.options.onAccessEnded?.({ apiKeyId: keyId });
  }

  /** An admin invites someone (invite-only registration); the code is in the answer only this once. */
  async createInvite(admin: Caller, input: { role: UserRole; email?: string | null; expiresInHours?: number }, meta: RequestMeta): Promise<{ code: string; invite: Invite }> {
    const code = newOpaqueToken('gsi_');
    const expiresAt = new Date(this.#now() + (input.expiresInHours !== undefined ? input.expiresInHours * 3_600_000 : INVITE_TTL_MS));
    const invite = await this.#invites.create({ codeHash: hashToken(code), role: input.role, email: input.email ?? null, createdBy: admin.userId, expiresAt });
    await this.options.audit.record(SECURITY_EVENTS.inviteCreated, admin.userId, meta, { inviteId: invite.id, role: invite.role });
    return { code, invite };
  }

  listInvites(): Promise<Invite[]> {
    return this.#invites.list();
  }

  async #signIn(user: User, meta: RequestMeta): Promise<AuthAnswer> {
    const refresh = await this.options.refreshTokens.issue(user.id, meta, randomUUID());
    const access = await this.options.accessTokens.sign({ userId: user.id, role: user.role, sessionId: refresh.familyId });
    return { accessToken: access.token, refreshToken: refresh.token, accessTokenExpiresAt: access.expiresAt.toISOString(), user: { id: user.id, email: user.email, role: user.role } };
  }

  async #setPassword(userId: string, password: string): Promise<void> {
    await this.#users.update(userId, { passwordHash: await this.options.hasher.hash(password) });
    await this.options.refreshTokens.revokeUser(userId);
    this.options.onAccessEnded?.({ userId });
    this.options.onUserChanged?.(userId);
  }

  async #create(users: UserRepository, input: { email: string; passwordHash: string; name: string | null; role: UserRole }): Promise<User> {
    try {
      return await users.create(input);
    } catch (error) {
      if (error instanceof StorageConflictError) throw new AppError('GS_ERR_CONFLICT', 'an account with this e-mail address exists', [{ field: 'body.email', message: 'is taken' }], { cause: error });
      throw error;
    }
  }

  async #existing(userId: string): Promise<User> {
    const user = await this.#users.byId(userId);
    if (user === null) throw AppError.notFound(`no account ${userId}`);
    return user;
  }

  #accountOf(caller: Caller): string {
    if (caller.userId === null) throw new AppError('GS_ERR_UNAUTHORIZED', 'sign in first: this needs an account');
    return caller.userId;
  }
}
