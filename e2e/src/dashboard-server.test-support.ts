import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, loadConfig, type GoldenSignalsServer } from '@goldensignals/server';

/** The built dashboard the server serves (`npm run build` makes it; `npm ci` builds everything). */
export const WEB_ROOT = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

/** Why the dashboard cannot be served, or `null`. */
export function dashboardMissing(): string | null {
  return existsSync(join(WEB_ROOT, 'index.html')) ? null : `the dashboard is not built (${WEB_ROOT}/index.html missing): run npm run build`;
}

/** A real server (simulator data, embedded PGlite in a temp folder, no scheduler) serving the built dashboard. */
export interface DashboardServer {
  readonly server: GoldenSignalsServer;
  readonly url: string;
  stop(): Promise<void>;
}

/** Options of {@link startDashboardServer}. */
export interface DashboardServerOptions {
  /** The server's clock (simulator, signals, tokens); a test moves it to close new bars at once. Default: real time. */
  readonly now?: () => number;
  /** Configuration keys beyond the test defaults (e.g. `ACCESS_TOKEN_TTL`). */
  readonly env?: Readonly<Record<string, string>>;
}

export async function startDashboardServer(options: DashboardServerOptions = {}): Promise<DashboardServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-e2e-web-'));
  const config = loadConfig({ env: { PORT: '0', DATA_DIR: dataDir, MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'silent', ...options.env }, file: null });
  const server = await createServer(config, { webRoot: WEB_ROOT, logger: false, schedule: false, now: options.now });
  const url = (await server.start()).replace('localhost', '127.0.0.1');
  return {
    server,
    url,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
