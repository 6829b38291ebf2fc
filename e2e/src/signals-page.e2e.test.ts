import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeScreenshots } from './screenshots.test-support.js';
import { browserMissing, launchBrowser } from './browser.test-support.js';
import { dashboardMissing, startDashboardServer, type DashboardServer } from './dashboard-server.test-support.js';

const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple' };
const DESKTOP = { width: 1280, height: 800 };

const missing = browserMissing() ?? dashboardMissing();
if (missing !== null) console.warn(`signals page end-to-end tests skipped: ${missing}`);

interface GeneratedSignal {
  readonly id: string;
  readonly symbol: string;
  readonly action: 'BUY' | 'SELL' | 'HOLD';
}

async function screenshot(page: Page, name: string): Promise<void> {
  await takeScreenshots(page, name, DESKTOP);
}

describe.skipIf(missing !== null)('the signals page in a real browser against a real server', () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  const generated: GeneratedSignal[] = [];
  const pageErrors: string[] = [];

  async function generate(symbol: string): Promise<GeneratedSignal> {
    const response = await fetch(`${server.url}/api/v1/signals/generate/${symbol}?timeframe=1d`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as GeneratedSignal;
  }

  beforeAll(async () => {
    server = await startDashboardServer();
    const registered = await fetch(`${server.url}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    expect(registered.status).toBe(201);
    token = ((await registered.json()) as { accessToken: string }).accessToken;
    generated.push(await generate('AAPL'), await generate('MSFT'));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: DESKTOP });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the signals generated through the API after signing in as the first account', async () => {
    await page.goto(`${server.url}/signals`);
    await page.getByRole('form', { name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Signals', exact: true }).waitFor();
    const table = page.getByRole('table', { name: 'Signals' });
    for (const signal of generated) await table.locator(`[data-signal-id="${signal.id}"]`).waitFor({ timeout: 10_000 });
    await expect(page.getByText('2 signals loaded').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('form', { name: 'Generate a signal' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'signals');
  });

  it('filters by symbol, then by action', async () => {
    const [aapl, msft] = generated;
    const table = page.getByRole('table', { name: 'Signals' });
    const form = page.getByRole('form', { name: 'Filter signals' });
    await form.getByLabel('Symbols').fill('msft');
    await form.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('1 signal loaded').waitFor();
    expect(await table.locator(`[data-signal-id="${msft.id}"]`).count()).toBe(1);
    expect(await table.locator(`[data-signal-id="${aapl.id}"]`).count()).toBe(0);

    // Only the other two actions: MSFT's signal no longer matches.
    for (const action of ['BUY', 'SELL', 'HOLD'] as const) if (action !== msft.action) await form.getByRole('button', { name: `${action} signals` }).click();
    await form.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No signals match these filters.').waitFor();

    await form.getByRole('button', { name: 'Reset' }).click();
    await page.getByText('2 signals loaded').waitFor();
    await form.getByRole('button', { name: `${aapl.action} signals` }).click();
    await form.getByRole('button', { name: 'Apply filters' }).click();
    await table.locator(`[data-signal-id="${aapl.id}"]`).waitFor();
    const rows = await table.locator('[data-signal-id]').all();
    for (const row of rows) await expect(row.textContent()).resolves.toContain(aapl.action);
    expect(rows.length).toBe(aapl.action === msft.action ? 2 : 1);
  });

  it("opens a signal's details with every agent's vote, and the symbol's history from there", async () => {
    const [aapl] = generated;
    const response = await fetch(`${server.url}/api/v1/signals/${aapl.id}/details`, { headers: { authorization: `Bearer ${token}` } });
    const details = (await response.json()) as { votes: { agent: string; status: string }[] };
    expect(details.votes.length).toBeGreaterThan(0);

    await page.locator(`[data-signal-id="${aapl.id}"]`).getByRole('button', { name: /^Details of AAPL/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Signal details' });
    await drawer.locator(`[data-signal-details="${aapl.id}"]`).waitFor();
    await drawer.getByRole('heading', { name: 'Agent votes' }).waitFor();
    expect(await drawer.locator('[data-agent]').count()).toBe(details.votes.length);
    for (const vote of details.votes) expect(await drawer.locator(`[data-agent="${vote.agent}"]`).getAttribute('data-vote-status')).toBe(vote.status);
    expect(await drawer.getByRole('region', { name: 'Technical agents' }).count()).toBe(1);
    await screenshot(page, 'signals-details');

    await drawer.getByRole('button', { name: 'History of AAPL' }).click();
    const history = page.getByRole('dialog', { name: 'Signal history' });
    await history.getByRole('table', { name: 'AAPL signals' }).locator(`[data-signal-id="${aapl.id}"]`).waitFor();
    await history.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('dialog', { name: 'Signal details' }).waitFor();
    await page.getByRole('dialog', { name: 'Signal details' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
