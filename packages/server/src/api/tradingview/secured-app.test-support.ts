import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignalEngine } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../../build-app.js';
import { loadConfig } from '../../config/load-config.js';
import { createSecurity } from '../../runtime/create-security.js';
import { LearningState } from '../../signals/learning-state.js';
import { SignalService } from '../../signals/signal-service.js';
import type { Database } from '../../storage/database.js';

/** Request headers of a signed-in account. */
export type AuthHeaders = Readonly<Record<string, string>>;

/** The real app with accounts on, and a signed-in admin, trader and viewer. */
export interface SecuredApp {
  readonly app: FastifyInstance;
  readonly admin: AuthHeaders;
  readonly trader: AuthHeaders;
  readonly viewer: AuthHeaders;
  /** Closes the app and removes its data folder. */
  close(): Promise<void>;
}

const PASSWORD = 'correct horse battery staple';

/**
 * `buildApp` as the server builds it (access control, rate limits at `anonymousPerMinute` per address, every route
 * plugin that needs only the database), over `database`, with three accounts signed in.
 */
export async function securedApp(database: Database, anonymousPerMinute = 1000): Promise<SecuredApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-secured-app-'));
  const config = loadConfig({ env: { DATA_DIR: dataDir, MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'silent' }, file: null });
  const security = await createSecurity(config, database);
  const { state } = await LearningState.load(database);
  const signals = new SignalService({ database, bars: { bars: async () => ({ bars: [], simulated: true, stale: false }) }, engine: new SignalEngine(), learning: state, publisher: { publishSignal: () => undefined }, historyBars: 250 });
  await signals.start();
  const app = await buildApp({
    services: {
      database,
      signals,
      defaultTimeframe: '1d',
      security: { access: { identify: security.credentials.identify, authorize: security.credentials.authorize, anonymousPerMinute, authenticatedPerMinute: 1000 }, accounts: security.accounts, credentials: security.credentials },
    },
  });
  let address = 0;
  // Sign-ins come from addresses of their own: the anonymous limit may be set low on purpose.
  const post = async (url: string, payload: object, headers: AuthHeaders = {}): Promise<Record<string, unknown>> => {
    address += 1;
    const response = await app.inject({ method: 'POST', url, headers, remoteAddress: `10.77.0.${address}`, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<Record<string, unknown>>();
  };
  const bearer = (answer: Record<string, unknown>): AuthHeaders => ({ authorization: `Bearer ${String(answer.accessToken)}` });
  const admin = bearer(await post('/api/v1/auth/register', { email: 'admin@example.com', password: PASSWORD }));
  const signIn = async (role: 'trader' | 'viewer'): Promise<AuthHeaders> => {
    await post('/api/v1/admin/users', { email: `${role}@example.com`, password: PASSWORD, role }, admin);
    return bearer(await post('/api/v1/auth/login', { email: `${role}@example.com`, password: PASSWORD }));
  };
  const trader = await signIn('trader');
  const viewer = await signIn('viewer');
  return {
    app,
    admin,
    trader,
    viewer,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
