import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsMissing, generateSignal, openAdminBrowserSession, signIn, type AdminBrowserSession, type GeneratedSignal } from './browser-session.test-support.js';
import { takeScreenshots } from './screenshots.test-support.js';

const DESKTOP = { width: 1280, height: 800 };

const missing = browserTestsMissing('signals page');

async function screenshot(page: Page, name: string): Promise<void> {
  await takeScreenshots(page, name, DESKTOP);
}

describe.skipIf(missing !== null)('the signals page in a real browser against a real server', () => {
  let session: AdminBrowserSession;
  let page: Page;
  const generated: GeneratedSignal[] = [];

  function generate(symbol: string): Promise<GeneratedSignal> {
    return generateSignal(session.server.url, session.token, symbol, '1d');
  }

  beforeAll(async () => {
    session = await openAdminBrowserSession(DESKTOP);
    page = session.page;
    generated.push(await generate('AAPL'), await generate('MSFT'));
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('lists the signals generated through the API after signing in as the first account', async () => {
    await page.goto(`${session.server.url}/signals`);
    await signIn(page);
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
    // The filters go to the address first, then the list reloads: wait for both, not for a row of the list before.
    await page.waitForURL((url) => url.searchParams.get('actions') === aapl.action);
    await expect.poll(() => table.locator('[data-signal-id]').count(), { timeout: 10_000 }).toBe(aapl.action === msft.action ? 2 : 1);
    await table.locator(`[data-signal-id="${aapl.id}"]`).waitFor();
    const rows = await table.locator('[data-signal-id]').all();
    for (const row of rows) await expect(row.textContent()).resolves.toContain(aapl.action);
  });

  it("opens a signal's details with every agent's vote, and the symbol's history from there", async () => {
    const [aapl] = generated;
    const response = await fetch(`${session.server.url}/api/v1/signals/${aapl.id}/details`, { headers: { authorization: `Bearer ${session.token}` } });
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
    expect(session.pageErrors).toEqual([]);
  });

  it('runs a scan of two symbols, shows its progress to the end, and opens a scanned signal', async () => {
    const form = page.getByRole('form', { name: 'Run a scan' });
    await form.getByLabel('Symbols').fill('nvda, amzn');
    await form.getByRole('button', { name: 'Run scan' }).click();
    const scan = page.locator('[data-scan-id][data-scan-status="done"]');
    await scan.waitFor({ timeout: 30_000 });
    const id = await scan.getAttribute('data-scan-id');
    const stored = (await (await fetch(`${session.server.url}/api/v1/scans/${id}`, { headers: { authorization: `Bearer ${session.token}` } })).json()) as { total: number; completed: number; items: { symbol: string; signalId: string | null }[] };
    expect(stored).toMatchObject({ total: 2, completed: 2 });
    expect(stored.items.map((item) => item.symbol).sort()).toEqual(['AMZN', 'NVDA']);
    await expect(scan.getByRole('progressbar', { name: 'Scan progress' }).getAttribute('aria-valuenow')).resolves.toBe('100');
    await screenshot(page, 'signals-scan');
    await scan.getByRole('button', { name: 'Open the NVDA signal' }).click();
    const nvda = stored.items.find((item) => item.symbol === 'NVDA')?.signalId;
    await page.getByRole('dialog', { name: 'Signal details' }).locator(`[data-signal-details="${nvda}"]`).waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
