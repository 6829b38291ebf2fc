import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { loadConfig } from '../../config/load-config.js';
import { createServer, type GoldenSignalsServer } from '../../runtime/create-server.js';

/** Where the test clock starts: Monday 2024-06-03 18:00 UTC. */
const START_MS = Date.UTC(2024, 5, 3, 18, 0);

/** Request fields whose values are secrets the server must never log. */
const SECRET_REQUEST_FIELDS = ['password', 'currentPassword', 'newPassword', 'refreshToken'];
/** Answer fields whose values are secrets the server must never log. */
const SECRET_ANSWER_FIELDS = ['accessToken', 'refreshToken', 'key'];

/** An HTTP answer of {@link LifecycleServer.request}: status, parsed JSON body (`null` when empty) and headers. */
export interface LifecycleAnswer<TBody = Record<string, unknown>> {
  readonly status: number;
  readonly body: TBody;
  readonly headers: Readonly<Record<string, string | string[] | number | undefined>>;
}

/** A signed-in session: its tokens and account. */
export interface LifecycleSession {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly accessTokenExpiresAt: string;
  readonly userId: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A real GoldenSignals server (PGlite in a temporary DATA_DIR, simulator data, listening on a free port) with a
 * clock the test moves, requests with a chosen client address, and a record of every secret that went through
 * it (passwords sent, tokens and keys received) so a test can look for them in the log.
 */
export class LifecycleServer {
  /** Every password, token and key sent or received so far. */
  readonly secrets = new Set<string>();
  #addresses = 0;

  private constructor(
    readonly server: GoldenSignalsServer,
    /** `http://127.0.0.1:<port>` */
    readonly url: string,
    private readonly clock: { time: number },
    private readonly dataDir: string,
  ) {}

  /** Starts a server; `env` adds to (or overrides) the test configuration. */
  static async start(options: { env?: Readonly<Record<string, string>>; logger?: FastifyServerOptions['logger'] } = {}): Promise<LifecycleServer> {
    const dataDir = mkdtempSync(join(tmpdir(), 'gs-lifecycle-'));
    const clock = { time: START_MS };
    try {
      const config = loadConfig({ env: { PORT: '0', DATA_DIR: dataDir, MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'silent', ...options.env }, file: null });
      const server = await createServer(config, { logger: options.logger ?? false, schedule: false, now: () => clock.time });
      const url = await server.start();
      return new LifecycleServer(server, url, clock, dataDir);
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** The server's clock, ms. */
  now(): number {
    return this.clock.time;
  }

  /** Moves the server's clock forward. */
  advance(ms: number): void {
    this.clock.time += ms;
  }

  /**
   * A client address not used before in this server: the anonymous account routes allow 30 requests a minute per
   * address (in real time, which the test clock does not move), so set-up calls each come from their own.
   */
  nextAddress(): string {
    this.#addresses += 1;
    const n = this.#addresses;
    return `172.${16 + ((n >> 16) & 15)}.${(n >> 8) & 255}.${n & 255}`;
  }

  /** An API request (`path` after `/api/v1`) through `app.inject`, from `ip` (a fresh address by default). */
  async request<TBody = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    options: { token?: string; apiKey?: string; body?: Record<string, unknown>; ip?: string } = {},
  ): Promise<LifecycleAnswer<TBody>> {
    const headers: Record<string, string> = {};
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (options.apiKey !== undefined) headers['x-api-key'] = options.apiKey;
    this.#rememberSecrets(options.body, SECRET_REQUEST_FIELDS);
    const response = await this.server.app.inject({
      method,
      url: `/api/v1${path}`,
      headers,
      remoteAddress: options.ip ?? this.nextAddress(),
      ...(options.body === undefined ? {} : { payload: options.body }),
    });
    const body: unknown = response.body === '' ? null : response.json();
    this.#rememberSecrets(body, SECRET_ANSWER_FIELDS);
    // The body's shape is the caller's claim about the route; tests assert on its fields.
    return { status: response.statusCode, body: body as TBody, headers: response.headers };
  }

  /** Registers an account (the first one becomes admin) and returns its session. */
  async register(email: string, password: string): Promise<LifecycleSession> {
    return this.#session(await this.request('POST', '/auth/register', { body: { email, password } }), 201, `register ${email}`);
  }

  /** Logs in (from `ip`, a fresh address by default), failing the test unless it succeeds. */
  async login(email: string, password: string, ip?: string): Promise<LifecycleSession> {
    return this.#session(await this.request('POST', '/auth/login', { body: { email, password }, ip }), 200, `login ${email}`);
  }

  /** Trades a refresh token for a new session answer (any status). */
  refresh(refreshToken: string): Promise<LifecycleAnswer> {
    return this.request('POST', '/auth/refresh', { body: { refreshToken } });
  }

  /** An admin creates an account with a role; returns its id. */
  async createAccount(adminToken: string, account: { email: string; password: string; role: 'viewer' | 'trader' | 'admin' }): Promise<string> {
    const answer = await this.request<{ id: string }>('POST', '/admin/users', { token: adminToken, body: account });
    if (answer.status !== 201) throw new Error(`creating ${account.email} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body.id;
  }

  /** Audit log entries of an event (optionally of one account), newest first, every page. */
  async auditEvents(adminToken: string, event: string, userId?: string): Promise<{ event: string; userId: string | null; ip: string | null; details: Record<string, unknown> }[]> {
    const entries: { id: number; event: string; userId: string | null; ip: string | null; details: Record<string, unknown> }[] = [];
    for (;;) {
      const query = new URLSearchParams({ event, limit: '1000' });
      if (userId !== undefined) query.set('userId', userId);
      const last = entries.at(-1);
      if (last !== undefined) query.set('before', String(last.id));
      const answer = await this.request<typeof entries>('GET', `/admin/audit-log?${query.toString()}`, { token: adminToken });
      if (answer.status !== 200) throw new Error(`audit log answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      entries.push(...answer.body);
      if (answer.body.length < 1000) return entries;
    }
  }

  /** Stops the server and deletes its data folder. */
  async stop(): Promise<void> {
    try {
      await this.server.stop();
    } finally {
      rmSync(this.dataDir, { recursive: true, force: true });
    }
  }

  #session(answer: LifecycleAnswer, expected: number, what: string): LifecycleSession {
    const body = answer.body;
    const user = body.user;
    if (answer.status !== expected || typeof body.accessToken !== 'string' || typeof body.refreshToken !== 'string' || typeof body.accessTokenExpiresAt !== 'string' || !isRecord(user) || typeof user.id !== 'string') {
      throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(body)}`);
    }
    return { accessToken: body.accessToken, refreshToken: body.refreshToken, accessTokenExpiresAt: body.accessTokenExpiresAt, userId: user.id };
  }

  #rememberSecrets(value: unknown, fields: readonly string[]): void {
    if (!isRecord(value)) return;
    for (const field of fields) {
      const secret = value[field];
      if (typeof secret === 'string' && secret !== '') this.secrets.add(secret);
    }
  }
}
