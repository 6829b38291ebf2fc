import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeScreenshots } from './screenshots.test-support.js';
import { browserMissing, launchBrowser } from './browser.test-support.js';
import { dashboardMissing, startDashboardServer, type DashboardServer } from './dashboard-server.test-support.js';

const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple' };
const NEW_VIEWER = { email: 'new.viewer@example.com', password: 'purple elephants dance at noon' };
const DESKTOP = { width: 1280, height: 900 };

const missing = browserMissing() ?? dashboardMissing();
if (missing !== null) console.warn(`settings and admin end-to-end tests skipped: ${missing}`);

async function screenshot(page: Page, name: string): Promise<void> {
  await takeScreenshots(page, name, DESKTOP);
}

describe.skipIf(missing !== null)('the Settings and Admin pages in a real browser against a real server', () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;
  let adminToken: string;

  async function api(path: string, headers: Record<string, string>): Promise<Response> {
    return fetch(`${server.url}/api/v1${path}`, { headers });
  }

  beforeAll(async () => {
    server = await startDashboardServer();
    const registered = await fetch(`${server.url}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    expect(registered.status).toBe(201);
    adminToken = ((await registered.json()) as { accessToken: string }).accessToken;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: DESKTOP });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps a watchlist, and creates an API key that is shown once and works, then revokes it', async () => {
    await page.goto(`${server.url}/settings`);
    await page.getByRole('form', { name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();

    // A watchlist too, so the page is seen with one: create, then change its symbols and timeframes.
    const newList = page.getByRole('form', { name: 'New watchlist' });
    await newList.getByLabel('List name').fill('Tech');
    await newList.getByLabel('Symbols').fill('aapl, msft');
    await newList.getByRole('button', { name: 'Create watchlist' }).click();
    const list = page.getByRole('article', { name: 'Watchlist Tech' });
    await list.getByText('MSFT').waitFor();
    await list.getByRole('button', { name: 'Edit Tech' }).click();
    await list.getByLabel('Symbols').fill('AAPL MSFT nvda');
    await list.getByRole('button', { name: '1h timeframe' }).click();
    await list.getByRole('button', { name: 'Save' }).click();
    await list.getByText('NVDA').waitFor();
    const lists = (await (await api('/watchlists', { authorization: `Bearer ${adminToken}` })).json()) as { items: { name: string; symbols: string[]; timeframes: string[] }[] };
    expect(lists.items).toEqual([expect.objectContaining({ name: 'Tech', symbols: ['AAPL', 'MSFT', 'NVDA'], timeframes: ['1h', '1d'] })]);

    const form = page.getByRole('form', { name: 'Create an API key' });
    await form.getByLabel('Key name').fill('e2e export bot');
    await form.getByLabel('Role').selectOption('trader');
    await form.getByRole('button', { name: 'Create key' }).click();
    const notice = page.getByRole('status', { name: 'New API key' });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('you will not see it again');
    const key = await page.locator('input[data-api-key="new"]').inputValue();
    expect(key).toMatch(/^gs_[A-Za-z0-9]+_\S+$/);
    const me = await api('/auth/me', { 'x-api-key': key });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { actingRole: string }).actingRole).toBe('trader');

    const row = page.getByRole('table', { name: 'API keys' }).getByRole('row', { name: /e2e export bot/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(`gs_${key.split('_')[1]}_`);
    await screenshot(page, 'settings');

    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.content()).resolves.not.toContain(key);
    await row.getByRole('button', { name: 'Revoke e2e export bot' }).click();
    await row.getByRole('button', { name: 'Confirm revoking e2e export bot' }).click();
    await row.getByText('revoked').waitFor();
    expect(await row.getByRole('button', { name: /Revoke/ }).count()).toBe(0);
    expect((await api('/auth/me', { 'x-api-key': key })).status).toBe(401);

    await list.getByRole('button', { name: 'Delete Tech' }).click();
    await list.getByRole('button', { name: 'Confirm deleting Tech' }).click();
    await page.getByText('No watchlists yet').waitFor();
  });

  it('creates a viewer as admin, changes its role, and shows both in the audit log', async () => {
    await page.goto(`${server.url}/admin`);
    await page.getByRole('heading', { name: 'Admin' }).waitFor();
    await page.locator('[data-ready="true"]').waitFor();

    const form = page.getByRole('form', { name: 'Create an account' });
    await form.getByLabel('New account e-mail').fill(NEW_VIEWER.email);
    await form.getByLabel('First password').fill(NEW_VIEWER.password);
    await form.getByLabel('New account role').selectOption('viewer');
    await form.getByRole('button', { name: 'Create account' }).click();
    const role = page.getByLabel(`Role of ${NEW_VIEWER.email}`);
    await role.waitFor();
    await expect(role.inputValue()).resolves.toBe('viewer');

    await role.selectOption('trader');
    await page.getByRole('status').filter({ hasText: `${NEW_VIEWER.email} is now trader` }).waitFor();
    const users = (await (await api('/admin/users', { authorization: `Bearer ${adminToken}` })).json()) as { email: string; role: string }[];
    expect(users.find((user) => user.email === NEW_VIEWER.email)?.role).toBe('trader');

    const log = page.getByRole('table', { name: 'Audit log entries' });
    const changed = log.locator('[data-audit-event="admin.role.changed"]');
    await changed.waitFor();
    await expect(changed.textContent()).resolves.toContain(`account ${NEW_VIEWER.email}`);
    await expect(changed.textContent()).resolves.toContain('viewer → trader');
    const created = log.locator('[data-audit-event="admin.user.created"]');
    await expect(created.textContent()).resolves.toContain(`account ${NEW_VIEWER.email}`);
    // Newest first: the role change was recorded after the creation.
    const events = await log.locator('[data-audit-event]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-audit-event')));
    expect(events.indexOf('admin.role.changed')).toBeLessThan(events.indexOf('admin.user.created'));
    await screenshot(page, 'admin');
  });
});
