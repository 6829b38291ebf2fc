import type { Browser, Page } from 'playwright-core';
import { browserMissing, launchBrowser } from './browser.test-support.js';
import { dashboardMissing, startDashboardServer, type DashboardServer, type DashboardServerOptions } from './dashboard-server.test-support.js';

/** An account's sign-in credentials. */
export interface Account {
  readonly email: string;
  readonly password: string;
}

/** The first account of every browser test's install (its password must not contain the e-mail's local part). */
export const ADMIN: Account = { email: 'admin@example.com', password: 'correct horse battery staple' };

/** A signal as `POST /signals/generate/:symbol` answers it, in the fields the browser tests look at. */
export interface GeneratedSignal {
  readonly id: string;
  readonly symbol: string;
  readonly action: 'BUY' | 'SELL' | 'HOLD';
}

/** A real server serving the built dashboard, and a Chromium page on it that collects its uncaught errors. */
export interface BrowserSession {
  readonly server: DashboardServer;
  readonly browser: Browser;
  readonly page: Page;
  /** Messages of the page's uncaught errors; a test ends by expecting none. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** A {@link BrowserSession} whose install has its first account, {@link ADMIN}, registered through the API. */
export interface AdminBrowserSession extends BrowserSession {
  /** The first account's access token, for arranging state through the API. */
  readonly token: string;
}

/** Why a suite's browser tests cannot run here (printed once), or `null` when they can. */
export function browserTestsMissing(suite: string): string | null {
  const missing = browserMissing() ?? dashboardMissing();
  if (missing !== null) console.warn(`${suite} end-to-end tests skipped: ${missing}`);
  return missing;
}

/** Starts the server and opens a page at `viewport`; nothing is registered (the first-run screen shows). */
export async function openBrowserSession(viewport: { width: number; height: number }, options: DashboardServerOptions = {}): Promise<BrowserSession> {
  const server = await startDashboardServer(options);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    server,
    browser,
    page,
    pageErrors,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** As {@link openBrowserSession}, with {@link ADMIN} registered as the install's first account (an admin). */
export async function openAdminBrowserSession(viewport: { width: number; height: number }, options: DashboardServerOptions = {}): Promise<AdminBrowserSession> {
  const session = await openBrowserSession(viewport, options);
  const registered = await fetch(`${session.server.url}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  if (registered.status !== 201) {
    await session.close();
    throw new Error(`registering the first account answered ${registered.status}: ${await registered.text()}`);
  }
  return { ...session, token: ((await registered.json()) as { accessToken: string }).accessToken };
}

/** Signs in through the form the page shows (it must be on its way to the sign-in screen). */
export async function signIn(page: Page, account: Account = ADMIN): Promise<void> {
  await page.getByRole('form', { name: 'Sign in' }).waitFor();
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Generates a signal of `symbol` through the API (optionally at `timeframe`); throws on an error answer. */
export async function generateSignal(serverUrl: string, token: string, symbol: string, timeframe?: string): Promise<GeneratedSignal> {
  const query = timeframe === undefined ? '' : `?timeframe=${timeframe}`;
  const response = await fetch(`${serverUrl}/api/v1/signals/generate/${symbol}${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (response.status >= 300) throw new Error(`generating a ${symbol} signal answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as GeneratedSignal;
}
