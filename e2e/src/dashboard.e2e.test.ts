import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, browserTestsMissing, generateSignal, openBrowserSession, signIn, type Account, type BrowserSession } from './browser-session.test-support.js';
import { takeScreenshots } from './screenshots.test-support.js';
const VIEWER = { email: 'viewer@example.com', password: 'purple elephants dance at noon' };
const DESKTOP = { width: 1280, height: 800 };

const missing = browserTestsMissing('dashboard');

async function screenshot(page: Page, name: string): Promise<void> {
  await takeScreenshots(page, name, DESKTOP);
}

describe.skipIf(missing !== null)('the dashboard in a real browser against a real server', () => {
  let session: BrowserSession;
  let page: Page;

  async function apiToken(account: Account): Promise<string> {
    const response = await fetch(`${session.server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) });
    expect(response.status).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  beforeAll(async () => {
    // No account yet: the first test creates the admin through the first-run screen.
    session = await openBrowserSession(DESKTOP);
    page = session.page;
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('creates the admin account on first run and lands on the live dashboard', async () => {
    await page.goto(session.server.url);
    const form = page.getByRole('form', { name: 'Create the admin account' });
    await form.waitFor();
    await screenshot(page, 'first-run');
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create admin account' }).click();
    await page.getByRole('heading', { name: 'Latest signals' }).waitFor();
    await page.locator('[data-connection="live"]').waitFor();
  });

  it('shows a signal generated elsewhere without a reload, and one generated from the form', async () => {
    const token = await apiToken(ADMIN);
    const { id } = await generateSignal(session.server.url, token, 'AAPL');
    await page.locator(`[data-signal-id="${id}"]`).waitFor({ timeout: 5_000 });
    await page.getByRole('form', { name: 'Generate a signal' }).getByLabel('Symbol').fill('msft');
    await page.getByRole('button', { name: 'Generate' }).click();
    await page.getByRole('table', { name: 'Latest signals' }).getByRole('row', { name: /MSFT/ }).waitFor({ timeout: 10_000 });
    await expect(page.getByText('Simulated data').isVisible()).resolves.toBe(true);
    await screenshot(page, 'dashboard');
  });

  it('restores the session after a reload and shows the first signal row quickly', async () => {
    const started = Date.now();
    await page.goto(session.server.url);
    await page.locator('[data-signal-id]').first().waitFor();
    const firstRowMs = Date.now() - started;
    // eslint-disable-next-line no-console -- the figure the dashboard issue asks for (≤ 1.5 s), printed, not asserted
    console.info(`first signal row visible ${firstRowMs} ms after navigation (session restored from the refresh token)`);
    expect(await page.getByRole('form', { name: 'Sign in' }).count()).toBe(0);
  });

  it('answers a wrong password with the server message, and hides trader controls from a viewer', async () => {
    const token = await apiToken(ADMIN);
    const created = await fetch(`${session.server.url}/api/v1/admin/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...VIEWER, role: 'viewer' }),
    });
    expect(created.status).toBe(201);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, { email: VIEWER.email, password: 'not the password at all' });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('the e-mail address or the password is wrong');
    await page.getByLabel('Password').fill(VIEWER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Latest signals' }).waitFor();
    expect(await page.getByRole('form', { name: 'Generate a signal' }).count()).toBe(0);
    await screenshot(page, 'dashboard-viewer');
  });
});
