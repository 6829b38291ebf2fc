import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LifecycleServer, type LifecycleAnswer, type LifecycleSession } from './lifecycle-server.test-support.js';

type Role = 'viewer' | 'trader' | 'admin';

interface Account {
  readonly id: string;
  readonly email: string;
  readonly password: string;
}

interface ErrorBody {
  readonly code: string;
  readonly message: string;
}

interface ServerMessage {
  readonly type: string;
  readonly code?: string;
  readonly channels?: readonly string[];
  readonly authenticated?: boolean;
  readonly principalId?: string;
}

/** How long a test waits for a message or a close before failing. */
const WAIT_MS = 3_000;
const ACCESS_TOKEN_TTL_SECONDS = 60;
/** jose's and the token cache's allowance for clock skew: a token is refused this long after its expiry. */
const CLOCK_TOLERANCE_MS = 5_000;

/** A strong password no test string can hit by chance (so finding it in the log means it leaked). */
const password = (): string => `pw-${randomBytes(12).toString('base64url')}`;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: nothing within ${WAIT_MS} ms`)), WAIT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** A WebSocket client that keeps every message and how the connection closed. */
class TestSocket {
  readonly messages: ServerMessage[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly #taken = new WeakSet<ServerMessage>();
  readonly #waiters: { types: readonly string[]; resolve: (message: ServerMessage) => void }[] = [];

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as ServerMessage;
      this.messages.push(message);
      const index = this.#waiters.findIndex((waiter) => waiter.types.includes(message.type));
      if (index < 0) return;
      const [waiter] = this.#waiters.splice(index, 1);
      this.#taken.add(message);
      waiter.resolve(message);
    });
  }

  /** Connects to `/ws`, with `token` as the `bearer.` subprotocol when given; resolves once it is open. */
  static async open(baseUrl: string, token?: string): Promise<TestSocket> {
    const url = `${baseUrl.replace('http', 'ws')}/ws`;
    const socket = token === undefined ? new WebSocket(url) : new WebSocket(url, ['goldensignals.v1', `bearer.${token}`]);
    const client = new TestSocket(socket);
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      }),
      'open the socket',
    );
    return client;
  }

  /** The first message of one of `types` not returned before, waiting for it if need be. */
  next(...types: readonly string[]): Promise<ServerMessage> {
    const seen = this.messages.find((message) => types.includes(message.type) && !this.#taken.has(message));
    if (seen !== undefined) {
      this.#taken.add(seen);
      return Promise.resolve(seen);
    }
    const waiter = { types, resolve: (_message: ServerMessage): void => undefined };
    const arrived = new Promise<ServerMessage>((resolve) => {
      waiter.resolve = resolve;
    });
    this.#waiters.push(waiter);
    return withTimeout(arrived, `wait for ${types.join(' or ')}`).finally(() => {
      // A waiter that timed out must not take a later message from the next caller.
      const index = this.#waiters.indexOf(waiter);
      if (index >= 0) this.#waiters.splice(index, 1);
    });
  }

  send(message: Record<string, unknown>): void {
    this.socket.send(JSON.stringify(message));
  }

  /** Sends `auth` and returns the answer (`authenticated` or `error`). */
  async authenticate(token: string): Promise<ServerMessage> {
    this.send({ type: 'auth', token });
    return this.next('authenticated', 'error');
  }

  /** Subscribes to `signals` and returns the answer (`subscribed` or `error`). */
  async subscribe(): Promise<ServerMessage> {
    this.send({ type: 'subscribe', channels: ['signals'] });
    return this.next('subscribed', 'error');
  }

  /** True when a ping is still answered: the connection is open and served. */
  async answersPing(): Promise<boolean> {
    this.send({ type: 'ping' });
    return (await this.next('pong')).type === 'pong';
  }

  /** The close code, once the server closes the connection. */
  async closeCode(): Promise<number> {
    return (await withTimeout(this.closed, 'wait for the close')).code;
  }

  close(): void {
    this.socket.close();
  }
}

describe('token lifecycle on a running server', () => {
  const logChunks: string[] = [];
  let harness: LifecycleServer;
  const ADMIN = { email: 'admin@example.com', password: password() };
  const sockets: TestSocket[] = [];
  let accounts = 0;

  beforeAll(async () => {
    harness = await LifecycleServer.start({
      env: { ACCESS_TOKEN_TTL: String(ACCESS_TOKEN_TTL_SECONDS) },
      // Debug level, everything kept: the last test looks for every secret of the run in it.
      logger: { level: 'debug', stream: { write: (chunk: string) => void logChunks.push(chunk) } },
    });
    await harness.register(ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await harness.stop();
  });

  /** A fresh admin session (earlier ones may have expired as tests move the clock). */
  async function admin(): Promise<LifecycleSession> {
    return harness.login(ADMIN.email, ADMIN.password);
  }

  /** A new account with `role`, created by the admin. */
  async function account(role: Role): Promise<Account> {
    accounts += 1;
    const email = `u${accounts}@example.com`;
    const secret = password();
    const id = await harness.createAccount((await admin()).accessToken, { email, password: secret, role });
    return { id, email, password: secret };
  }

  async function signIn(user: Account): Promise<LifecycleSession> {
    return harness.login(user.email, user.password);
  }

  /** `GET /auth/me` with an access token or an API key (as Bearer). */
  function me(token: string): Promise<LifecycleAnswer<ErrorBody & { id: string; actingRole: Role; apiKeyId: string | null }>> {
    return harness.request('GET', '/auth/me', { token });
  }

  async function createKey(session: LifecycleSession, body: Record<string, unknown>): Promise<{ key: string; id: string }> {
    const answer = await harness.request<{ key: string; apiKey: { id: string } }>('POST', '/auth/api-keys', { token: session.accessToken, body });
    expect(answer.status).toBe(201);
    return { key: answer.body.key, id: answer.body.apiKey.id };
  }

  async function open(token?: string): Promise<TestSocket> {
    const socket = await TestSocket.open(harness.url, token);
    sockets.push(socket);
    return socket;
  }

  /** A socket authenticated by the `auth` message, already welcomed. */
  async function authenticatedSocket(token: string): Promise<TestSocket> {
    const socket = await open();
    expect((await socket.next('welcome')).authenticated).toBe(false);
    expect((await socket.authenticate(token)).type).toBe('authenticated');
    return socket;
  }

  /** A socket authenticated by the `bearer.` subprotocol, already welcomed. */
  async function subprotocolSocket(token: string): Promise<TestSocket> {
    const socket = await open(token);
    expect((await socket.next('welcome')).authenticated).toBe(true);
    return socket;
  }

  describe('refresh tokens', () => {
    it('rotate on use; a replayed one answers 401 and ends the whole session, not the account', async () => {
      const user = await account('viewer');
      const other = await signIn(user);
      const first = await signIn(user);
      const second = await harness.refresh(first.refreshToken);
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      const third = await harness.refresh(String(second.body.refreshToken));
      expect(third.status).toBe(200);
      const latest = { accessToken: String(third.body.accessToken), refreshToken: String(third.body.refreshToken) };
      expect((await me(latest.accessToken)).status).toBe(200);

      const replay = await harness.refresh(first.refreshToken);
      expect(replay.status).toBe(401);
      expect(replay.body).toMatchObject({ code: 'GS_ERR_UNAUTHORIZED', message: expect.stringContaining('already used') });

      expect((await harness.refresh(latest.refreshToken)).status).toBe(401);
      const latestAccess = await me(latest.accessToken);
      expect(latestAccess.status).toBe(401);
      expect(latestAccess.body.message).toContain('session has ended');
      expect((await me(String(second.body.accessToken))).status).toBe(401);
      expect((await me(other.accessToken)).status).toBe(200);

      const reused = await harness.auditEvents((await admin()).accessToken, 'auth.refresh.reused', user.id);
      expect(reused).toHaveLength(1);
      expect(reused[0].details).toHaveProperty('sessionId');
    });
  });

  describe('logout', () => {
    it('with the refresh token ends that session only', async () => {
      const user = await account('viewer');
      const ending = await signIn(user);
      const staying = await signIn(user);
      const answer = await harness.request('POST', '/auth/logout', { body: { refreshToken: ending.refreshToken } });
      expect(answer.status).toBe(204);
      expect((await me(ending.accessToken)).status).toBe(401);
      expect((await harness.refresh(ending.refreshToken)).status).toBe(401);
      expect((await me(staying.accessToken)).status).toBe(200);
      expect((await harness.refresh(staying.refreshToken)).status).toBe(200);
    });

    it('with only the access token ends that session only', async () => {
      const user = await account('viewer');
      const ending = await signIn(user);
      const staying = await signIn(user);
      expect((await me(ending.accessToken)).status).toBe(200);
      expect((await harness.request('POST', '/auth/logout', { token: ending.accessToken, body: {} })).status).toBe(204);
      expect((await me(ending.accessToken)).status).toBe(401);
      expect((await harness.refresh(ending.refreshToken)).status).toBe(401);
      expect((await me(staying.accessToken)).status).toBe(200);
    });

    it('with only the access token and no body at all ends that session', async () => {
      const session = await signIn(await account('viewer'));
      const answer = await harness.request('POST', '/auth/logout', { token: session.accessToken });
      expect(answer.status).toBe(204);
      expect((await me(session.accessToken)).status).toBe(401);
    });
  });

  describe('password change', () => {
    it('ends every session of the account; the new password works, the old one no longer', async () => {
      const user = await account('viewer');
      const one = await signIn(user);
      const two = await signIn(user);
      const newPassword = password();
      const changed = await harness.request('POST', '/auth/password', { token: one.accessToken, body: { currentPassword: user.password, newPassword } });
      expect(changed.status).toBe(204);
      for (const session of [one, two]) {
        expect((await me(session.accessToken)).status).toBe(401);
        expect((await harness.refresh(session.refreshToken)).status).toBe(401);
      }
      expect((await harness.login(user.email, newPassword)).userId).toBe(user.id);
      const old = await harness.request<ErrorBody>('POST', '/auth/login', { body: { email: user.email, password: user.password } });
      expect(old.status).toBe(401);
      expect(old.body.code).toBe('GS_ERR_UNAUTHORIZED');
    });
  });

  describe('access token expiry', () => {
    it('answers 401 saying the token expired once its lifetime has passed; the refresh token still works', async () => {
      const session = await signIn(await account('viewer'));
      expect(Date.parse(session.accessTokenExpiresAt)).toBe(Math.floor(harness.now() / 1000) * 1000 + ACCESS_TOKEN_TTL_SECONDS * 1000);
      expect((await me(session.accessToken)).status).toBe(200);
      harness.advance(ACCESS_TOKEN_TTL_SECONDS * 1000 + CLOCK_TOLERANCE_MS + 1000);
      const expired = await me(session.accessToken);
      expect(expired.status).toBe(401);
      expect(expired.body).toMatchObject({ code: 'GS_ERR_UNAUTHORIZED', message: expect.stringContaining('expired') });
      const refreshed = await harness.refresh(session.refreshToken);
      expect(refreshed.status).toBe(200);
      expect((await me(String(refreshed.body.accessToken))).status).toBe(200);
    });
  });

  describe('WebSocket connections', () => {
    it('authenticate by the auth message and by the subprotocol, and may then subscribe', async () => {
      const session = await signIn(await account('viewer'));
      const byMessage = await authenticatedSocket(session.accessToken);
      expect(await byMessage.subscribe()).toMatchObject({ type: 'subscribed', channels: ['signals'] });
      const byProtocol = await subprotocolSocket(session.accessToken);
      expect(await byProtocol.subscribe()).toMatchObject({ type: 'subscribed', channels: ['signals'] });
    });

    it('stay anonymous after a bad token, and anonymous ones cannot subscribe', async () => {
      const byMessage = await open();
      await byMessage.next('welcome');
      expect(await byMessage.authenticate('not-a-real-token')).toMatchObject({ type: 'error', code: 'GS_ERR_AUTH_FAILED' });
      expect(await byMessage.subscribe()).toMatchObject({ type: 'error', code: 'GS_ERR_FORBIDDEN_CHANNEL' });
      expect(await byMessage.answersPing()).toBe(true);

      const byProtocol = await open('not-a-real-token');
      expect((await byProtocol.next('welcome')).authenticated).toBe(false);
      expect(await byProtocol.next('error')).toMatchObject({ code: 'GS_ERR_AUTH_FAILED' });
      expect(await byProtocol.subscribe()).toMatchObject({ type: 'error', code: 'GS_ERR_FORBIDDEN_CHANNEL' });
    });

    it('close with 4003 when their session logs out; other sessions stay connected', async () => {
      const user = await account('viewer');
      const ending = await signIn(user);
      const staying = await signIn(user);
      const endingSocket = await authenticatedSocket(ending.accessToken);
      const stayingSocket = await subprotocolSocket(staying.accessToken);
      expect((await harness.request('POST', '/auth/logout', { token: ending.accessToken, body: {} })).status).toBe(204);
      expect(await endingSocket.closeCode()).toBe(4003);
      expect(await stayingSocket.answersPing()).toBe(true);
    });

    it('close with 4003 when the API key they use is revoked', async () => {
      const session = await signIn(await account('trader'));
      const revoked = await createKey(session, { name: 'revoked' });
      const kept = await createKey(session, { name: 'kept' });
      const revokedSocket = await subprotocolSocket(revoked.key);
      const keptSocket = await authenticatedSocket(kept.key);
      const sessionSocket = await authenticatedSocket(session.accessToken);
      expect((await harness.request('DELETE', `/auth/api-keys/${revoked.id}`, { token: session.accessToken })).status).toBe(204);
      expect(await revokedSocket.closeCode()).toBe(4003);
      expect(await keptSocket.answersPing()).toBe(true);
      expect(await sessionSocket.answersPing()).toBe(true);
      expect((await me(revoked.key)).status).toBe(401);
    });

    it("all close when the account's password changes", async () => {
      const user = await account('trader');
      const one = await signIn(user);
      const two = await signIn(user);
      const key = await createKey(one, { name: 'program' });
      const bystander = await subprotocolSocket((await signIn(await account('viewer'))).accessToken);
      const closing = [await authenticatedSocket(one.accessToken), await subprotocolSocket(two.accessToken), await subprotocolSocket(key.key)];
      const changed = await harness.request('POST', '/auth/password', { token: two.accessToken, body: { currentPassword: user.password, newPassword: password() } });
      expect(changed.status).toBe(204);
      expect(await Promise.all(closing.map((socket) => socket.closeCode()))).toEqual([4003, 4003, 4003]);
      expect(await bystander.answersPing()).toBe(true);
    });

    it('all close when an admin disables the account', async () => {
      const user = await account('trader');
      const session = await signIn(user);
      const key = await createKey(session, { name: 'program' });
      const closing = [await authenticatedSocket(session.accessToken), await subprotocolSocket(key.key)];
      const disabled = await harness.request('PATCH', `/admin/users/${user.id}`, { token: (await admin()).accessToken, body: { disabled: true } });
      expect(disabled.status).toBe(200);
      expect(await Promise.all(closing.map((socket) => socket.closeCode()))).toEqual([4003, 4003]);
      expect((await me(session.accessToken)).status).toBe(401);
      expect((await me(key.key)).status).toBe(401);
      const login = await harness.request<ErrorBody>('POST', '/auth/login', { body: { email: user.email, password: user.password } });
      expect(login.status).toBe(403);
    });
  });

  describe('role changes', () => {
    it('apply at once: an admin demoted to viewer gets 403 on admin routes with the same unexpired token', async () => {
      const demoted = await account('admin');
      const session = await signIn(demoted);
      expect((await harness.request('GET', '/admin/users', { token: session.accessToken })).status).toBe(200);
      const changed = await harness.request('PATCH', `/admin/users/${demoted.id}`, { token: (await admin()).accessToken, body: { role: 'viewer' } });
      expect(changed.status).toBe(200);
      expect(Date.parse(session.accessTokenExpiresAt)).toBeGreaterThan(harness.now());
      const refused = await harness.request<ErrorBody>('GET', '/admin/users', { token: session.accessToken });
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({ code: 'GS_ERR_FORBIDDEN', message: 'this needs the admin role; your account has viewer', requestId: expect.any(String) });
      expect((await me(session.accessToken)).body.actingRole).toBe('viewer');
    });
  });

  describe('API keys', () => {
    it('cannot be created with a role above the owner’s', async () => {
      const session = await signIn(await account('trader'));
      const answer = await harness.request<ErrorBody>('POST', '/auth/api-keys', { token: session.accessToken, body: { name: 'too strong', role: 'admin' } });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'GS_ERR_VALIDATION', message: 'body.role cannot exceed your own role (trader)' });
    });

    it('work as Bearer and as X-API-Key, and record when they were last used', async () => {
      const user = await account('trader');
      const session = await signIn(user);
      const { key, id } = await createKey(session, { name: 'program' });
      const listed = async (): Promise<{ id: string; lastUsedAt: string | null }[]> =>
        (await harness.request<{ id: string; lastUsedAt: string | null }[]>('GET', '/auth/api-keys', { token: session.accessToken })).body;
      expect((await listed()).find((item) => item.id === id)?.lastUsedAt).toBeNull();

      const asBearer = await me(key);
      expect(asBearer.status).toBe(200);
      expect(asBearer.body).toMatchObject({ id: user.id, apiKeyId: id, actingRole: 'trader' });
      const asHeader = await harness.request<{ id: string; apiKeyId: string }>('GET', '/auth/me', { apiKey: key });
      expect(asHeader.status).toBe(200);
      expect(asHeader.body).toMatchObject({ id: user.id, apiKeyId: id });
      expect((await listed()).find((item) => item.id === id)?.lastUsedAt).toBe(new Date(harness.now()).toISOString());
    });

    it('are refused once past their expiry', async () => {
      const session = await signIn(await account('trader'));
      const { key } = await createKey(session, { name: 'short-lived', expiresAt: new Date(harness.now() + 3_600_000).toISOString() });
      expect((await me(key)).status).toBe(200);
      harness.advance(2 * 3_600_000);
      const expired = await harness.request<ErrorBody>('GET', '/auth/me', { apiKey: key });
      expect(expired.status).toBe(401);
      expect(expired.body).toMatchObject({ code: 'GS_ERR_UNAUTHORIZED', message: 'the API key is unknown, revoked or expired' });
    });

    it("of a trader demoted to viewer act as viewer", async () => {
      const user = await account('trader');
      const { key } = await createKey(await signIn(user), { name: 'program', role: 'trader' });
      expect((await harness.request('GET', '/auth/api-keys', { apiKey: key })).status).toBe(200);
      const changed = await harness.request('PATCH', `/admin/users/${user.id}`, { token: (await admin()).accessToken, body: { role: 'viewer' } });
      expect(changed.status).toBe(200);
      expect((await me(key)).body.actingRole).toBe('viewer');
      const refused = await harness.request<ErrorBody>('GET', '/auth/api-keys', { apiKey: key });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toBe('this needs the trader role; this API key has viewer');
    });
  });

  describe('the log', () => {
    it('holds no token, refresh token, API key or password of the flows above', () => {
      const log = logChunks.join('');
      // The flows above ran with the debug log on: it has their requests, so an absence below means something.
      expect(log).toContain('/api/v1/auth/refresh');
      expect(log).toContain('/api/v1/auth/api-keys');
      const kinds = { accessTokens: 0, refreshTokens: 0, apiKeys: 0, passwords: 0 };
      for (const secret of harness.secrets) {
        if (secret.startsWith('gsr_')) kinds.refreshTokens += 1;
        else if (secret.startsWith('gs_')) kinds.apiKeys += 1;
        else if (secret.startsWith('ey')) kinds.accessTokens += 1;
        else kinds.passwords += 1;
      }
      expect(Math.min(...Object.values(kinds))).toBeGreaterThan(0);
      const leaked = [...harness.secrets].filter((secret) => log.includes(secret));
      expect(leaked).toEqual([]);
    });
  });
});
