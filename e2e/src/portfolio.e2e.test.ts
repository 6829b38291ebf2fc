import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeScreenshots } from './screenshots.test-support.js';
import { browserMissing, launchBrowser } from './browser.test-support.js';
import { dashboardMissing, startDashboardServer, type DashboardServer } from './dashboard-server.test-support.js';

const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple' };
const DESKTOP = { width: 1280, height: 900 };

const missing = browserMissing() ?? dashboardMissing();
if (missing !== null) console.warn(`portfolio end-to-end tests skipped: ${missing}`);

async function screenshot(page: Page, name: string): Promise<void> {
  await takeScreenshots(page, name, DESKTOP);
}

describe.skipIf(missing !== null)('paper trading in a real browser against a real server', () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startDashboardServer();
    const registered = await fetch(`${server.url}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    expect(registered.status).toBe(201);
    token = ((await registered.json()) as { accessToken: string }).accessToken;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: DESKTOP });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a portfolio, buys AAPL at market and shows the position, the fill and the cash spent', async () => {
    await page.goto(`${server.url}/portfolio`);
    await page.getByRole('form', { name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    const create = page.getByRole('form', { name: 'Create a portfolio' });
    await create.waitFor();
    await create.getByLabel('Portfolio name').fill('Swing book');
    await create.getByLabel('Starting cash').fill('100000');
    await create.getByRole('button', { name: 'Create portfolio' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Portfolio totals' }).textContent(), { timeout: 10_000 }).toContain('100,000.00');
    expect(page.url()).toMatch(/\/portfolio\?portfolio=[0-9a-f-]{36}$/);

    const ticket = page.getByRole('form', { name: 'Place an order' });
    await ticket.getByLabel('Symbol').fill('aapl');
    await ticket.getByLabel('Quantity').fill('10');
    await ticket.getByRole('button', { name: 'Place buy order' }).click();
    await expect(ticket.getByRole('status').textContent()).resolves.toMatch(/^Buy 10 AAPL: filled at [0-9.]+/);

    const position = page.getByRole('table', { name: 'Positions' }).locator('[data-position-symbol="AAPL"]');
    await position.waitFor({ timeout: 10_000 });
    expect((await position.locator('td').first().textContent())?.trim()).toBe('10');
    const fills = page.getByRole('table', { name: 'Fills' }).locator('[data-fill-id]');
    await expect.poll(() => fills.count(), { timeout: 10_000 }).toBe(1);
    expect(await fills.first().textContent()).toContain('AAPL');
    const cash = await page.getByRole('group', { name: 'Portfolio totals' }).textContent();
    expect(cash).not.toContain('Cash100,000.00');
  });

  it('shows a fill placed elsewhere without a reload', async () => {
    await page.locator('[data-connection="live"]').waitFor();
    const id = new URL(page.url()).searchParams.get('portfolio');
    const placed = await fetch(`${server.url}/api/v1/portfolios/${id}/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ symbol: 'MSFT', side: 'buy', quantity: '3', type: 'market' }),
    });
    expect(placed.status).toBe(201);
    await page.getByRole('table', { name: 'Positions' }).locator('[data-position-symbol="MSFT"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByRole('table', { name: 'Fills' }).locator('[data-fill-id]').count(), { timeout: 10_000 }).toBe(2);
  });

  it('places a limit order far below the market, sees it working, and cancels it', async () => {
    const ticket = page.getByRole('form', { name: 'Place an order' });
    await ticket.getByRole('button', { name: 'Limit' }).click();
    await ticket.getByLabel('Symbol').fill('AAPL');
    await ticket.getByLabel('Quantity').fill('5');
    await ticket.getByLabel('Limit price').fill('1');
    await ticket.getByRole('button', { name: 'Place buy order' }).click();
    await expect(ticket.getByRole('status').textContent()).resolves.toMatch(/^Buy 5 AAPL: working, limit 1 /);

    const working = page.getByRole('table', { name: 'Working orders' }).locator('[data-order-id]');
    await expect.poll(() => working.count(), { timeout: 10_000 }).toBe(1);
    expect(await working.first().textContent()).toContain('open');
    await screenshot(page, 'portfolio');

    await page.getByRole('button', { name: 'Cancel buy 5 AAPL limit 1' }).click();
    await page.getByText('No working orders.').waitFor({ timeout: 10_000 });
    const orders = await fetch(`${server.url}/api/v1/portfolios/${new URL(page.url()).searchParams.get('portfolio')}/orders?status=cancelled`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await orders.json()) as { items: { quantity: string; limitPrice: string }[] }).items.map((order) => [order.quantity, order.limitPrice])).toEqual([['5', '1']]);
    expect(pageErrors).toEqual([]);
  });
});
