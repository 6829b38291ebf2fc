import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsMissing, openAdminBrowserSession, signIn, type AdminBrowserSession } from './browser-session.test-support.js';
import { takeScreenshots } from './screenshots.test-support.js';

const DESKTOP = { width: 1280, height: 900 };

const missing = browserTestsMissing('portfolio');

async function screenshot(page: Page, name: string): Promise<void> {
  await takeScreenshots(page, name, DESKTOP);
}

describe.skipIf(missing !== null)('paper trading in a real browser against a real server', () => {
  let session: AdminBrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openAdminBrowserSession(DESKTOP);
    page = session.page;
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('opens a portfolio, buys AAPL at market and shows the position, the fill and the cash spent', async () => {
    await page.goto(`${session.server.url}/portfolio`);
    await signIn(page);

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
    const placed = await fetch(`${session.server.url}/api/v1/portfolios/${id}/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
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
    const orders = await fetch(`${session.server.url}/api/v1/portfolios/${new URL(page.url()).searchParams.get('portfolio')}/orders?status=cancelled`, { headers: { authorization: `Bearer ${session.token}` } });
    expect(((await orders.json()) as { items: { quantity: string; limitPrice: string }[] }).items.map((order) => [order.quantity, order.limitPrice])).toEqual([['5', '1']]);
    expect(session.pageErrors).toEqual([]);
  });

  it('turns auto-follow on with risk limits, and finds them saved after a reload', async () => {
    const section = page.getByRole('region', { name: 'Auto-follow' });
    await section.getByText('No decisions yet').waitFor();
    await section.getByLabel('Follow signals automatically').check();
    await section.getByLabel('Symbols').fill('aapl, msft');
    await section.getByLabel('Minimum confidence %').fill('70');
    await section.getByLabel('High risk').check();
    await section.getByLabel('Largest position % of equity').fill('8');
    await section.getByRole('button', { name: 'Save settings' }).click();
    await section.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

    const id = new URL(page.url()).searchParams.get('portfolio');
    const stored = await fetch(`${session.server.url}/api/v1/portfolios/${id}/auto-follow`, { headers: { authorization: `Bearer ${session.token}` } });
    expect(await stored.json()).toMatchObject({ enabled: true, symbols: ['AAPL', 'MSFT'], minConfidence: 0.7, riskLevels: ['low', 'medium', 'high'], maxPositionPercent: 8 });

    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Auto-follow' });
    await expect.poll(() => reloaded.getByLabel('Minimum confidence %').inputValue(), { timeout: 10_000 }).toBe('70');
    await expect(reloaded.getByLabel('Follow signals automatically').isChecked()).resolves.toBe(true);
    await screenshot(page, 'portfolio-auto-follow');
    expect(session.pageErrors).toEqual([]);
  });
});
