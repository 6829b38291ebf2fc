import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsMissing, openAdminBrowserSession, signIn, type AdminBrowserSession } from './browser-session.test-support.js';
import { takeScreenshots } from './screenshots.test-support.js';

const NEW_VIEWER = { email: 'new.viewer@example.com', password: 'purple elephants dance at noon' };
const DESKTOP = { width: 1280, height: 900 };

const missing = browserTestsMissing('settings and admin');

async function screenshot(page: Page, name: string): Promise<void> {
  await takeScreenshots(page, name, DESKTOP);
}

describe.skipIf(missing !== null)('the Settings and Admin pages in a real browser against a real server', () => {
  let session: AdminBrowserSession;
  let page: Page;

  async function api(path: string, headers: Record<string, string>): Promise<Response> {
    return fetch(`${session.server.url}/api/v1${path}`, { headers });
  }

  beforeAll(async () => {
    session = await openAdminBrowserSession(DESKTOP);
    page = session.page;
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('keeps a watchlist, and creates an API key that is shown once and works, then revokes it', async () => {
    await page.goto(`${session.server.url}/settings`);
    await signIn(page);
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
    const lists = (await (await api('/watchlists', { authorization: `Bearer ${session.token}` })).json()) as { items: { name: string; symbols: string[]; timeframes: string[] }[] };
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

  it('adds a webhook channel whose secret is shown once, and its test message arrives signed with it', async () => {
    // A real receiver on loopback that records each request's body and signature header.
    const received: { body: string; signature: string }[] = [];
    const receiver: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        received.push({ body, signature: String(request.headers['x-goldensignals-signature'] ?? '') });
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const port = (receiver.address() as { port: number }).port;
      await page.goto(`${session.server.url}/settings`);
      const form = page.getByRole('form', { name: 'Add a notification channel' });
      await form.getByLabel('Channel name').fill('Desk hook');
      await form.getByLabel('Endpoint URL').fill(`http://127.0.0.1:${port}/goldensignals`);
      await form.getByRole('button', { name: 'Add channel' }).click();
      const notice = page.getByRole('status', { name: 'Webhook signing secret' });
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain('Copy it now: it is not shown again');
      const secret = await notice.getByLabel('Signing secret').inputValue();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
      await screenshot(page, 'settings-channel-secret');
      await notice.getByRole('button', { name: 'Done' }).click();

      const card = page.getByRole('article', { name: 'Channel Desk hook' });
      await card.getByRole('button', { name: 'Send test to Desk hook' }).click();
      await card.getByRole('status').filter({ hasText: /^Delivered in \d+ ms/ }).waitFor({ timeout: 15_000 });
      expect(received).toHaveLength(1);
      // The documented recipe: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">.
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(received[0].signature) ?? [];
      expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${received[0].body}`).digest('hex'));
      expect(JSON.parse(received[0].body)).toMatchObject({ type: 'test' });
      await expect(page.content()).resolves.not.toContain(secret);
      await screenshot(page, 'settings-channels');
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('creates a viewer as admin, changes its role, and shows both in the audit log', async () => {
    await page.goto(`${session.server.url}/admin`);
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
    const users = (await (await api('/admin/users', { authorization: `Bearer ${session.token}` })).json()) as { email: string; role: string }[];
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
