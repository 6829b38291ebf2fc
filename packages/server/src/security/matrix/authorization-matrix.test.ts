import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAtLeast } from '../../auth/role-rank.js';
import type { RouteRole } from '../../auth/route-role.js';
import { loadConfig } from '../../config/load-config.js';
import { createServer, type GoldenSignalsServer } from '../../runtime/create-server.js';
import { loadOrCreateAuthSecret } from '../credentials/auth-secret.js';
import { badAccessTokens } from './bad-access-tokens.test-support.js';
import type { RouteRoleEntry } from '../../app/route-role-entry.js';
import { routeRoles } from '../../app/route-roles.js';

/** A fixed clock: Monday 2024-06-03 18:00 UTC, NYSE open. */
const NOW = Date.UTC(2024, 5, 3, 18, 0);
const now = (): number => NOW;

type AccountRole = Exclude<RouteRole, 'public'>;
type Headers = Readonly<Record<string, string>>;

/** Who sends a request: the role it acts with, or `null` for credentials that must not hold. */
interface Caller {
  readonly name: string;
  readonly role: AccountRole | null;
  readonly headers: Headers;
  /** A program using an API key (of "other", a second trader). */
  readonly apiKey: boolean;
}

/** A valid request for one operation; `headers` replace the caller's when it acts through a throw-away account. */
interface MatrixRequest {
  readonly url: string;
  readonly payload?: object;
  readonly headers?: Headers;
}

type RequestBuilder = (caller: Caller) => MatrixRequest | Promise<MatrixRequest>;

interface MatrixAnswer {
  readonly caller: Caller;
  readonly entry: RouteRoleEntry;
  readonly request: MatrixRequest;
  readonly status: number;
  readonly code: string | undefined;
  readonly message: string | undefined;
  readonly body: string;
}

const PASSWORD = 'violet kettle drum meadow 42';
const NEW_PASSWORD = 'amber lantern orchard tide 17';
/** Marks the trader's resources, so an answer carrying their data is found by its text. */
const PRIVATE = 'trader-private';

/**
 * Run last, with throw-away accounts, sessions or keys: they end sessions or take access away, and would otherwise
 * turn the rest of the matrix into 401s.
 */
const SESSION_ENDING = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/password', 'POST /api/v1/admin/users/{id}/password', 'PATCH /api/v1/admin/users/{id}']);

/** Routes that refuse API keys whatever their role, by design: a program may not take over or extend its account. */
const REFUSE_API_KEYS = new Map([
  ['POST /api/v1/auth/password', 'an API key cannot change the password; sign in as the account'],
  ['POST /api/v1/auth/api-keys', 'an API key cannot create keys; sign in as the account'],
]);

/** The trader's resources, which another account must not see: these routes and their sub-routes. */
const OWNED_RESOURCE = /^\/api\/v1\/(portfolios|watchlists|alerts|backtests|channels|scans)\/\{id\}/;

const keyOf = (entry: RouteRoleEntry): string => `${entry.method} ${entry.url}`;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function methodOf(entry: RouteRoleEntry): (typeof METHODS)[number] {
  const method = METHODS.find((known) => known === entry.method);
  if (method === undefined) throw new Error(`the matrix sends no ${entry.method} requests (${entry.url})`);
  return method;
}

/** What a caller must get from a route: refused as unknown, refused as too low, or let through. */
function expectedOutcome(entry: RouteRoleEntry, caller: Caller): 'unauthorized' | 'forbidden' | 'through' {
  if (entry.role === 'public' || entry.role === null) return 'through';
  if (caller.role === null) return 'unauthorized';
  if (!roleAtLeast(caller.role, entry.role)) return 'forbidden';
  return caller.apiKey && REFUSE_API_KEYS.has(keyOf(entry)) ? 'forbidden' : 'through';
}

const describeAnswer = (answer: MatrixAnswer): string => `${answer.caller.name}: ${keyOf(answer.entry)} (${answer.request.url}) answered ${answer.status} ${answer.body.slice(0, 200)}`;

describe('authorization matrix: every route × every kind of caller on one real server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-matrix-'));
  const config = loadConfig({
    // Rate limits would answer part of the matrix with 429 instead of what the access control decides.
    env: { PORT: '0', DATA_DIR: dataDir, MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'silent', RATE_LIMIT_ANONYMOUS: '1000000', RATE_LIMIT_AUTHENTICATED: '1000000',
      // A bot token so that the Telegram routes answer (without one they say 503); the bot never starts here.
      TELEGRAM_BOT_TOKEN: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
      TELEGRAM_API_URL: 'http://127.0.0.1:1',
    },
    file: null,
  });
  let server: GoldenSignalsServer;
  let entries: RouteRoleEntry[];
  const answers: MatrixAnswer[] = [];
  /** The ids of the trader's resources: another account's answers must not carry them as data. */
  const owned = { portfolio: '', order: '', watchlist: '', alert: '', backtest: '', channel: '', scan: '' };
  const callers: Caller[] = [];
  /** A live key of the trader: "other" tries to revoke it. */
  const traderKey: { id: string; headers: Headers } = { id: '', headers: {} };
  let counter = 0;
  const unique = (label: string): string => `${label}-${++counter}`;
  let addresses = 0;

  /**
   * Set-up requests come from their own addresses: sign-in routes allow 30 anonymous requests per minute and
   * address, and the set-up alone signs in more often than that.
   */
  const setupAddress = (): string => {
    addresses += 1;
    return `10.${Math.floor(addresses / 250) % 250}.0.${(addresses % 250) + 1}`;
  };

  async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload: object | undefined, headers: Headers = {}): Promise<Record<string, unknown>> {
    const response = await server.app.inject({ method, url, headers, remoteAddress: setupAddress(), ...(payload === undefined ? {} : { payload }) });
    if (response.statusCode >= 300) throw new Error(`set-up ${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.statusCode === 204 ? {} : response.json<Record<string, unknown>>();
  }

  const bearer = (token: unknown): Headers => ({ authorization: `Bearer ${String(token)}` });

  /** A new session of an account: its access and refresh tokens. */
  async function signIn(email: string, password = PASSWORD): Promise<{ accessToken: string; refreshToken: string }> {
    const answer = await call('POST', '/api/v1/auth/login', { email, password });
    return { accessToken: String(answer.accessToken), refreshToken: String(answer.refreshToken) };
  }

  let adminHeaders: Headers;
  /** An account created for one request, signed in; gone with the test's data folder. */
  async function throwAwayAccount(role: AccountRole): Promise<{ id: string; email: string; headers: Headers }> {
    const email = `${unique(`throwaway-${role}`)}@example.com`;
    const created = await call('POST', '/api/v1/admin/users', { email, password: PASSWORD, role }, adminHeaders);
    return { id: String(created.id), email, headers: bearer((await signIn(email)).accessToken) };
  }

  /** True when the caller is let through by the route's role, so its request is worth real data. */
  const mayPass = (caller: Caller, role: AccountRole): boolean => caller.role !== null && roleAtLeast(caller.role, role);

  beforeAll(async () => {
    server = await createServer(config, { logger: false, schedule: false, now });
    entries = routeRoles(server.app);

    const registered = await call('POST', '/api/v1/auth/register', { email: 'admin@example.com', password: PASSWORD });
    adminHeaders = bearer(registered.accessToken);
    for (const [name, role] of [
      ['viewer', 'viewer'],
      ['trader', 'trader'],
      ['other', 'trader'],
      ['spare', 'viewer'],
    ] as const) {
      await call('POST', '/api/v1/admin/users', { email: `${name}@example.com`, password: PASSWORD, role }, adminHeaders);
    }
    const viewerToken = (await signIn('viewer@example.com')).accessToken;
    const traderHeaders = bearer((await signIn('trader@example.com')).accessToken);
    const otherHeaders = bearer((await signIn('other@example.com')).accessToken);
    const traderConversation = async (): Promise<string> => String((await call('POST', '/api/v1/ai/conversations', { title: unique('matrix') }, traderHeaders)).id);
    // One conversation for the reads and questions (creating them is rate limited); deletes get their own.
    let shared: Promise<string> | undefined;
    const sharedConversation = (): Promise<string> => (shared ??= traderConversation());
    const traderDocument = async (): Promise<string> => String((await call('POST', '/api/v1/ai/documents?name=limits.txt', Buffer.from('Position limits note.'), { ...traderHeaders, 'content-type': 'text/plain' })).id);
    const otherKey = String((await call('POST', '/api/v1/auth/api-keys', { name: 'other-program' }, otherHeaders)).key);
    const traderKeyAnswer = await call('POST', '/api/v1/auth/api-keys', { name: `${PRIVATE}-program` }, traderHeaders);
    traderKey.id = String((traderKeyAnswer.apiKey as { id: unknown }).id);
    traderKey.headers = { 'x-api-key': String(traderKeyAnswer.key) };

    const signal = await call('POST', '/api/v1/signals/generate/AAPL?timeframe=1d', undefined, traderHeaders);
    owned.portfolio = String((await call('POST', '/api/v1/portfolios', { name: `${PRIVATE}-portfolio`, initialCash: '100000' }, traderHeaders)).id);
    // Port 1 refuses at once: the test send answers 200 with status failed, touching no network.
    owned.channel = String((await call('POST', '/api/v1/channels', { kind: 'webhook', name: `${PRIVATE}-channel`, config: { url: 'http://127.0.0.1:1/hook' } }, traderHeaders)).id);
    // A buy limit far below the price stays open: an order to read and to cancel.
    const placed = await call('POST', `/api/v1/portfolios/${owned.portfolio}/orders`, { symbol: 'AAPL', side: 'buy', quantity: '1', type: 'limit', limitPrice: '1' }, traderHeaders);
    owned.order = String((placed.order as { id: unknown }).id);
    owned.watchlist = String((await call('POST', '/api/v1/watchlists', { name: `${PRIVATE}-watchlist`, symbols: ['AAPL'] }, traderHeaders)).id);
    owned.alert = String((await call('POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'price_above', params: { price: 1000 } }, traderHeaders)).id);
    // The server is not started, so its backtest runner never claims the job: it stays queued, and cancellable.
    const backtestBody = { strategy: 'buy-and-hold', symbols: ['AAPL'], timeframe: '1d', from: '2024-01-02', to: '2024-06-01' };
    owned.backtest = String((await call('POST', '/api/v1/backtests', backtestBody, traderHeaders)).id);
    owned.scan = String((await call('POST', '/api/v1/scans', { symbols: ['AAPL'], timeframe: '1d' }, traderHeaders)).id);
    const tradingViewHook = await call('POST', '/api/v1/tradingview/hooks', { name: `${PRIVATE}-hook` }, traderHeaders);
    const tradingViewAlert = { ticker: 'AAPL', action: 'buy', interval: 'D' };
    /** The public feeds take a token in the address: each request gets a fresh one (a new token replaces the last). */
    const feedPath = async (kind: 'rssUrl' | 'atomUrl'): Promise<string> => {
      const address = new URL(String((await call('POST', '/api/v1/feeds/token', undefined, adminHeaders))[kind]));
      return `${address.pathname}${address.search}`;
    };

    const secret = await loadOrCreateAuthSecret({ configured: null, dataDir });
    const bad = await badAccessTokens({ secret, adminToken: String(registered.accessToken), viewerToken, now: NOW });
    // Unauthenticated callers first and the trader last, so others try the trader's resources while they exist.
    callers.push(
      { name: 'anonymous', role: null, headers: {}, apiKey: false },
      { name: 'expired token', role: null, headers: bearer(bad.expired), apiKey: false },
      { name: 'forged: other secret', role: null, headers: bearer(bad.otherSecret), apiKey: false },
      { name: 'forged: alg none', role: null, headers: bearer(bad.algNone), apiKey: false },
      { name: 'forged: role edited', role: null, headers: bearer(bad.roleEdited), apiKey: false },
      { name: 'viewer', role: 'viewer', headers: bearer(viewerToken), apiKey: false },
      { name: "other's key (Bearer)", role: 'trader', headers: bearer(otherKey), apiKey: true },
      { name: "other's key (X-API-Key)", role: 'trader', headers: { 'x-api-key': otherKey }, apiKey: true },
      { name: 'admin', role: 'admin', headers: adminHeaders, apiKey: false },
      { name: 'trader', role: 'trader', headers: traderHeaders, apiKey: false },
    );

    const order = { symbol: 'AAPL', side: 'buy', quantity: '1', type: 'limit', limitPrice: '1' };
    const builders: Record<string, RequestBuilder> = {
      'GET /api/v1/auth/status': () => ({ url: '/api/v1/auth/status' }),
      'POST /api/v1/auth/register': () => ({ url: '/api/v1/auth/register', payload: { email: `${unique('registered')}@example.com`, password: PASSWORD } }),
      'POST /api/v1/auth/login': () => ({ url: '/api/v1/auth/login', payload: { email: 'spare@example.com', password: PASSWORD } }),
      // Each refresh token works once, and each logout ends a session: a new session of the spare account each time.
      'POST /api/v1/auth/refresh': async () => ({ url: '/api/v1/auth/refresh', payload: { refreshToken: (await signIn('spare@example.com')).refreshToken } }),
      'POST /api/v1/auth/logout': async () => ({ url: '/api/v1/auth/logout', payload: { refreshToken: (await signIn('spare@example.com')).refreshToken } }),
      'GET /api/v1/auth/me': () => ({ url: '/api/v1/auth/me' }),
      // Changing the password ends every session of the account: a throw-away account of the caller's role does it.
      'POST /api/v1/auth/password': async (caller) => {
        const payload = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD };
        if (caller.role === null || caller.apiKey) return { url: '/api/v1/auth/password', payload };
        return { url: '/api/v1/auth/password', payload, headers: (await throwAwayAccount(caller.role)).headers };
      },
      'GET /api/v1/auth/api-keys': () => ({ url: '/api/v1/auth/api-keys' }),
      'POST /api/v1/auth/api-keys': () => ({ url: '/api/v1/auth/api-keys', payload: { name: unique('matrix-key') } }),
      // "other" aims at the trader's live key (and must not revoke it); the trader and the admin revoke throw-away keys.
      'DELETE /api/v1/auth/api-keys/{id}': async (caller) => {
        if (caller.apiKey) return { url: `/api/v1/auth/api-keys/${traderKey.id}` };
        if (!mayPass(caller, 'trader')) return { url: `/api/v1/auth/api-keys/${randomUUID()}` };
        const created = await call('POST', '/api/v1/auth/api-keys', { name: unique('revoked-key') }, traderHeaders);
        return { url: `/api/v1/auth/api-keys/${String((created.apiKey as { id: unknown }).id)}` };
      },

      'GET /api/v1/admin/users': () => ({ url: '/api/v1/admin/users' }),
      'POST /api/v1/admin/users': () => ({ url: '/api/v1/admin/users', payload: { email: `${unique('created')}@example.com`, password: PASSWORD, role: 'viewer' } }),
      'PATCH /api/v1/admin/users/{id}': async (caller) => ({
        url: `/api/v1/admin/users/${mayPass(caller, 'admin') ? (await throwAwayAccount('viewer')).id : randomUUID()}`,
        payload: { disabled: true },
      }),
      'POST /api/v1/admin/users/{id}/password': async (caller) => ({
        url: `/api/v1/admin/users/${mayPass(caller, 'admin') ? (await throwAwayAccount('viewer')).id : randomUUID()}/password`,
        payload: { password: NEW_PASSWORD },
      }),
      'GET /api/v1/admin/invites': () => ({ url: '/api/v1/admin/invites' }),
      'POST /api/v1/admin/invites': () => ({ url: '/api/v1/admin/invites', payload: { role: 'viewer' } }),
      'GET /api/v1/admin/audit-log': () => ({ url: '/api/v1/admin/audit-log?limit=5' }),

      'GET /api/v1/signals': () => ({ url: '/api/v1/signals?symbols=AAPL' }),
      'GET /api/v1/signals/latest': () => ({ url: '/api/v1/signals/latest' }),
      'GET /api/v1/signals/performance/summary': () => ({ url: '/api/v1/signals/performance/summary' }),
      'POST /api/v1/signals/batch': () => ({ url: '/api/v1/signals/batch', payload: { symbols: ['AAPL'], timeframe: '1d' } }),
      'POST /api/v1/signals/generate/{symbol}': () => ({ url: '/api/v1/signals/generate/AAPL?timeframe=1d' }),
      'GET /api/v1/signals/{id}/details': () => ({ url: `/api/v1/signals/${String(signal.id)}/details` }),
      'GET /api/v1/signals/{symbol}/insights': () => ({ url: '/api/v1/signals/AAPL/insights' }),
      'GET /api/v1/signals/{symbol}': () => ({ url: '/api/v1/signals/AAPL' }),
      'POST /api/v1/signals/{id}/feedback': () => ({ url: `/api/v1/signals/${String(signal.id)}/feedback`, payload: { rating: 4, comment: 'matrix' } }),

      'GET /api/v1/agents': () => ({ url: '/api/v1/agents' }),
      'GET /api/v1/agents/{id}': () => ({ url: '/api/v1/agents/rsi' }),
      'PATCH /api/v1/agents/{id}': () => ({ url: '/api/v1/agents/rsi', payload: { enabled: true } }),

      'GET /api/v1/watchlists': () => ({ url: '/api/v1/watchlists' }),
      'GET /api/v1/news': () => ({ url: '/api/v1/news?symbol=AAPL&limit=5' }),
      'POST /api/v1/news/transcripts': () => ({
        url: '/api/v1/news/transcripts',
        payload: { symbol: 'AAPL', quarter: '2024Q1', heldAt: '2024-05-02T21:00:00Z', text: 'Tim Cook: Revenue grew strongly and margins expanded to a record.' },
      }),

      'GET /api/v1/alerts/{id}/triggers': () => ({ url: `/api/v1/alerts/${owned.alert}/triggers` }),
      'GET /api/v1/deliveries': () => ({ url: '/api/v1/deliveries?status=dead' }),
      'POST /api/v1/deliveries/{id}/retry': () => ({ url: `/api/v1/deliveries/${randomUUID()}/retry` }),

      'POST /api/v1/telegram/link-code': () => ({ url: '/api/v1/telegram/link-code' }),
      'GET /api/v1/telegram/link': () => ({ url: '/api/v1/telegram/link' }),
      'DELETE /api/v1/telegram/link': () => ({ url: '/api/v1/telegram/link' }),

      'GET /api/v1/tradingview/hooks': () => ({ url: '/api/v1/tradingview/hooks' }),
      'POST /api/v1/tradingview/hooks': () => ({ url: '/api/v1/tradingview/hooks', payload: { name: unique('matrix-hook') } }),
      'DELETE /api/v1/tradingview/hooks/{id}': async () => ({ url: `/api/v1/tradingview/hooks/${String((await call('POST', '/api/v1/tradingview/hooks', { name: unique('deleted-hook') }, traderHeaders)).id)}` }),
      'POST /api/v1/inbound/tradingview/{secret}': () => ({ url: `/api/v1/inbound/tradingview/${String(tradingViewHook.secret)}`, payload: tradingViewAlert }),
      'POST /api/v1/inbound/tradingview': () => ({ url: '/api/v1/inbound/tradingview', payload: { ...tradingViewAlert, secret: String(tradingViewHook.secret) } }),
      'POST /api/v1/market-data/bars/import': (caller) => ({
        url: '/api/v1/market-data/bars/import?symbol=AAPL&timeframe=1d',
        payload: Buffer.from('date,open,high,low,close,volume\n2024-01-02,1,2,1,2,3\n'),
        headers: { ...caller.headers, 'content-type': 'text/csv' },
      }),
      'POST /api/v1/watchlists/import': (caller) => ({ url: '/api/v1/watchlists/import', payload: Buffer.from('symbol\nAAPL\n'), headers: { ...caller.headers, 'content-type': 'text/csv' } }),

      'GET /api/v1/exports/signals': () => ({ url: '/api/v1/exports/signals?symbol=AAPL&format=json' }),
      'GET /api/v1/exports/trades': () => ({ url: `/api/v1/exports/trades?portfolioId=${owned.portfolio}` }),
      'GET /api/v1/exports/backtests/{id}': () => ({ url: `/api/v1/exports/backtests/${owned.backtest}` }),
      'GET /api/v1/exports/scorecard': () => ({ url: '/api/v1/exports/scorecard' }),
      'POST /api/v1/feeds/token': () => ({ url: '/api/v1/feeds/token' }),
      'DELETE /api/v1/feeds/token': () => ({ url: '/api/v1/feeds/token' }),
      'GET /api/v1/feeds/signals.rss': async () => ({ url: await feedPath('rssUrl') }),
      'GET /api/v1/feeds/signals.atom': async () => ({ url: await feedPath('atomUrl') }),

      'GET /api/v1/ai/status': () => ({ url: '/api/v1/ai/status' }),
      'GET /api/v1/ai/conversations': () => ({ url: '/api/v1/ai/conversations' }),
      'POST /api/v1/ai/conversations': () => ({ url: '/api/v1/ai/conversations', payload: { title: 'matrix' } }),
      // Conversations and documents are their owner's alone: each request aims at a new one of the trader's (others get 404).
      'GET /api/v1/ai/conversations/{id}': async () => ({ url: `/api/v1/ai/conversations/${await sharedConversation()}` }),
      'DELETE /api/v1/ai/conversations/{id}': async () => ({ url: `/api/v1/ai/conversations/${await traderConversation()}` }),
      'POST /api/v1/ai/conversations/{id}/messages': async () => ({ url: `/api/v1/ai/conversations/${await sharedConversation()}/messages`, payload: { content: 'Which agents are most accurate?' } }),
      // The upload is the raw file: the caller's credentials with a text content type.
      'POST /api/v1/ai/documents': (caller) => ({ url: '/api/v1/ai/documents?name=matrix.txt', payload: Buffer.from('Matrix note on position limits.'), headers: { ...caller.headers, 'content-type': 'text/plain' } }),
      'GET /api/v1/ai/documents': () => ({ url: '/api/v1/ai/documents' }),
      'DELETE /api/v1/ai/documents/{id}': async () => ({ url: `/api/v1/ai/documents/${await traderDocument()}` }),
      'GET /api/v1/ai/search': () => ({ url: '/api/v1/ai/search?q=limits' }),
      'POST /api/v1/watchlists': () => ({ url: '/api/v1/watchlists', payload: { name: unique('matrix-watchlist'), symbols: ['AAPL'] } }),
      'GET /api/v1/watchlists/{id}': () => ({ url: `/api/v1/watchlists/${owned.watchlist}` }),
      'PATCH /api/v1/watchlists/{id}': () => ({ url: `/api/v1/watchlists/${owned.watchlist}`, payload: { symbols: ['AAPL', 'MSFT'] } }),
      'DELETE /api/v1/watchlists/{id}': () => ({ url: `/api/v1/watchlists/${owned.watchlist}` }),

      'GET /api/v1/channels': () => ({ url: '/api/v1/channels' }),
      'POST /api/v1/channels': () => ({ url: '/api/v1/channels', payload: { kind: 'email', name: unique('matrix-channel'), config: { to: 'matrix@example.com' } } }),
      'PATCH /api/v1/channels/{id}': () => ({ url: `/api/v1/channels/${owned.channel}`, payload: { enabled: false } }),
      'DELETE /api/v1/channels/{id}': () => ({ url: `/api/v1/channels/${owned.channel}` }),
      'POST /api/v1/channels/{id}/test': () => ({ url: `/api/v1/channels/${owned.channel}/test` }),
      'GET /api/v1/channels/{id}/deliveries': () => ({ url: `/api/v1/channels/${owned.channel}/deliveries` }),
      'GET /api/v1/alerts': () => ({ url: '/api/v1/alerts' }),
      'POST /api/v1/alerts': () => ({ url: '/api/v1/alerts', payload: { symbol: 'AAPL', kind: 'price_below', params: { price: 1 } } }),
      'PATCH /api/v1/alerts/{id}': () => ({ url: `/api/v1/alerts/${owned.alert}`, payload: { active: false } }),
      'DELETE /api/v1/alerts/{id}': () => ({ url: `/api/v1/alerts/${owned.alert}` }),

      'GET /api/v1/portfolios': () => ({ url: '/api/v1/portfolios' }),
      'POST /api/v1/portfolios': () => ({ url: '/api/v1/portfolios', payload: { name: unique('matrix-portfolio'), initialCash: '1000' } }),
      'GET /api/v1/portfolios/{id}': () => ({ url: `/api/v1/portfolios/${owned.portfolio}` }),
      'GET /api/v1/portfolios/{id}/orders': () => ({ url: `/api/v1/portfolios/${owned.portfolio}/orders` }),
      'POST /api/v1/portfolios/{id}/orders': () => ({ url: `/api/v1/portfolios/${owned.portfolio}/orders`, payload: order }),
      'DELETE /api/v1/portfolios/{id}/orders/{orderId}': () => ({ url: `/api/v1/portfolios/${owned.portfolio}/orders/${owned.order}` }),
      'GET /api/v1/portfolios/{id}/fills': () => ({ url: `/api/v1/portfolios/${owned.portfolio}/fills` }),
      'GET /api/v1/portfolios/{id}/auto-follow': () => ({ url: `/api/v1/portfolios/${owned.portfolio}/auto-follow` }),
      'PUT /api/v1/portfolios/{id}/auto-follow': () => ({
        url: `/api/v1/portfolios/${owned.portfolio}/auto-follow`,
        payload: { enabled: false, symbols: ['AAPL'], minConfidence: 0.6, riskLevels: ['low', 'medium'], maxPositionPercent: 10, maxOpenPositions: 5, maxDailyLossPercent: 3, useStopLoss: true },
      }),
      'GET /api/v1/portfolios/{id}/auto-follow/decisions': () => ({ url: `/api/v1/portfolios/${owned.portfolio}/auto-follow/decisions?limit=5` }),

      'POST /api/v1/backtests': () => ({ url: '/api/v1/backtests', payload: backtestBody }),
      'GET /api/v1/backtests': () => ({ url: '/api/v1/backtests' }),
      'GET /api/v1/backtests/{id}': () => ({ url: `/api/v1/backtests/${owned.backtest}` }),
      'GET /api/v1/backtests/{id}/results': () => ({ url: `/api/v1/backtests/${owned.backtest}/results` }),
      'DELETE /api/v1/backtests/{id}': () => ({ url: `/api/v1/backtests/${owned.backtest}` }),

      'POST /api/v1/scans': () => ({ url: '/api/v1/scans', payload: { symbols: ['MSFT'], timeframe: '1d' } }),
      'GET /api/v1/scans': () => ({ url: '/api/v1/scans' }),
      'GET /api/v1/scans/{id}': () => ({ url: `/api/v1/scans/${owned.scan}` }),

      'GET /api/v1/market-data/{symbol}': () => ({ url: '/api/v1/market-data/AAPL' }),
      'GET /api/v1/market-data/{symbol}/historical': () => ({ url: '/api/v1/market-data/AAPL/historical?period=1mo&interval=1d' }),
      'GET /api/v1/market-data/{symbol}/indicators': () => ({ url: '/api/v1/market-data/AAPL/indicators?indicators=rsi14' }),
      'GET /api/v1/market-data/{symbol}/news': () => ({ url: '/api/v1/market-data/AAPL/news?limit=5' }),
      'GET /api/v1/market-data/{symbol}/options': () => ({ url: '/api/v1/market-data/AAPL/options' }),
      'GET /api/v1/market-data/search': () => ({ url: '/api/v1/market-data/search?q=AAPL' }),
      'GET /api/v1/market-data/market/status': () => ({ url: '/api/v1/market-data/market/status' }),
      'GET /api/v1/market-data/market/movers': () => ({ url: '/api/v1/market-data/market/movers?limit=3' }),
      'GET /api/v1/market-data/market/sectors': () => ({ url: '/api/v1/market-data/market/sectors' }),
      'POST /api/v1/market-data/batch/quotes': () => ({ url: '/api/v1/market-data/batch/quotes', payload: { symbols: ['AAPL'] } }),
    };

    const missing = entries.filter((entry) => builders[keyOf(entry)] === undefined).map(keyOf);
    if (missing.length > 0) throw new Error(`no valid request for ${missing.join(', ')}: add one to the builders of this test`);
    // Reads and creations, then deletions (others try first, the trader last), then what ends sessions.
    const phaseOf = (entry: RouteRoleEntry): number => (SESSION_ENDING.has(keyOf(entry)) ? 2 : entry.method === 'DELETE' ? 1 : 0);
    const ordered = [...entries].sort((a, b) => phaseOf(a) - phaseOf(b));
    for (const entry of ordered) {
      const build = builders[keyOf(entry)];
      if (build === undefined) continue;
      for (const caller of callers) {
        const request = await build(caller);
        const response = await server.app.inject({ method: methodOf(entry), url: request.url, headers: request.headers ?? caller.headers, ...(request.payload === undefined ? {} : { payload: request.payload }) });
        const error = response.headers['content-type']?.toString().includes('json') === true && response.body !== '' ? response.json<{ code?: unknown; message?: unknown }>() : {};
        const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
        answers.push({ caller, entry, request, status: response.statusCode, code: text(error.code), message: text(error.message), body: response.body });
      }
    }

    const byCallerAndStatus: Record<string, number> = {};
    for (const answer of answers) {
      const pair = `${answer.caller.name} ${answer.status}`;
      byCallerAndStatus[pair] = (byCallerAndStatus[pair] ?? 0) + 1;
    }
    // eslint-disable-next-line no-console -- the spread of answers shows at a glance that the matrix reached past the access control
    console.info(`authorization matrix: ${answers.length} requests to ${entries.length} operations; by caller and status:`, byCallerAndStatus);
  }, 60_000);

  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends a request to every /api/v1 operation as every caller', () => {
    expect(entries.length).toBeGreaterThan(50);
    expect(callers).toHaveLength(10);
    expect(answers).toHaveLength(entries.length * callers.length);
  });

  it('answers 401 to anonymous, expired and forged callers on every non-public route, and lets them use public ones', () => {
    const unauthenticated = answers.filter((answer) => answer.caller.role === null);
    const wrong = unauthenticated.filter((answer) => (expectedOutcome(answer.entry, answer.caller) === 'unauthorized' ? answer.status !== 401 || answer.code !== 'GS_ERR_UNAUTHORIZED' : answer.status === 401 || answer.status === 403));
    expect(wrong.map(describeAnswer)).toEqual([]);
    expect(unauthenticated.filter((answer) => answer.status === 401).length).toBeGreaterThan(5 * 50);
  });

  it("answers 403 to callers below the route's role", () => {
    const refused = answers.filter((answer) => answer.caller.role !== null && expectedOutcome(answer.entry, answer.caller) === 'forbidden');
    const wrong = refused.filter((answer) => answer.status !== 403 || answer.code !== 'GS_ERR_FORBIDDEN');
    expect(wrong.map(describeAnswer)).toEqual([]);
    // The viewer is below every trader and admin route, the traders below every admin route.
    expect(refused.filter((answer) => answer.caller.name === 'viewer').length).toBeGreaterThan(25);
  });

  it('refuses an API key the password change and key creation, whatever its role', () => {
    const keyAnswers = answers.filter((answer) => answer.caller.apiKey && REFUSE_API_KEYS.has(keyOf(answer.entry)));
    expect(keyAnswers.map((answer) => [answer.status, answer.message])).toEqual(keyAnswers.map((answer) => [403, REFUSE_API_KEYS.get(keyOf(answer.entry))]));
    expect(keyAnswers).toHaveLength(4);
  });

  it("lets callers at or above the route's role through: neither 401 nor 403", () => {
    const admitted = answers.filter((answer) => answer.caller.role !== null && expectedOutcome(answer.entry, answer.caller) === 'through');
    expect(admitted.filter((answer) => answer.status === 401 || answer.status === 403).map(describeAnswer)).toEqual([]);
    // Valid input: what the owner does with its own resources succeeds. Except: a queued backtest has no results yet
    // (409), and the matrix has no dead delivery to retry (404).
    const cannotSucceed = new Set(['GET /api/v1/backtests/{id}/results', 'GET /api/v1/exports/backtests/{id}', 'POST /api/v1/deliveries/{id}/retry']);
    const trader = admitted.filter((answer) => answer.caller.name === 'trader' && !cannotSucceed.has(keyOf(answer.entry)));
    expect(trader.filter((answer) => answer.status >= 300).map(describeAnswer)).toEqual([]);
  });

  it("answers 404 to another account's API key on the trader's portfolios, watchlists, alerts and backtests, never with their data", () => {
    const foreign = answers.filter((answer) => answer.caller.name.startsWith("other's key") && OWNED_RESOURCE.test(answer.entry.url));
    const ids = Object.values(owned);
    const leaked = foreign.filter((answer) => answer.status !== 404 || answer.code !== 'GS_ERR_NOT_FOUND' || answer.body.includes(PRIVATE) || ids.some((id) => answer.body.includes(`"id":"${id}"`)));
    expect(leaked.map(describeAnswer)).toEqual([]);
    expect(foreign).toHaveLength(2 * entries.filter((entry) => OWNED_RESOURCE.test(entry.url)).length);
  });

  it("does not let another account's key revoke the trader's API key", async () => {
    const attempts = answers.filter((answer) => answer.caller.name.startsWith("other's key") && keyOf(answer.entry) === 'DELETE /api/v1/auth/api-keys/{id}');
    expect(attempts.map((answer) => answer.status)).toEqual([404, 404]);
    const me = await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: traderKey.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'trader@example.com', actingRole: 'trader', apiKeyId: traderKey.id });
  });

  it('never answers with a 5xx', () => {
    expect(answers.filter((answer) => answer.status >= 500).map(describeAnswer)).toEqual([]);
  });
});
