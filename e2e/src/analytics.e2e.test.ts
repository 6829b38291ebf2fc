import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsMissing, generateSignal, openAdminBrowserSession, signIn, type AdminBrowserSession } from './browser-session.test-support.js';
import { takeScreenshots } from './screenshots.test-support.js';

const DESKTOP = { width: 1280, height: 900 };

const missing = browserTestsMissing('analytics');

async function screenshot(page: Page, name: string): Promise<void> {
  await takeScreenshots(page, name, DESKTOP);
}

describe.skipIf(missing !== null)('the Analytics page in a real browser against a real server', () => {
  let session: AdminBrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openAdminBrowserSession(DESKTOP);
    page = session.page;
    // One signal, so the scorecard has something to count.
    await generateSignal(session.server.url, session.token, 'AAPL');
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  async function runBacktest(strategy: string): Promise<void> {
    const form = page.getByRole('form', { name: 'Run a backtest' });
    await form.getByLabel('Strategy').click();
    await page.getByRole('option', { name: strategy }).click();
    await form.getByLabel('Symbols').fill('aapl');
    await form.getByLabel('From').fill('2025-01-01');
    await form.getByLabel('To (exclusive)').fill('2025-07-01');
    await form.getByRole('button', { name: 'Run backtest' }).click();
    await page.locator('[data-backtest][data-status="done"]').waitFor({ timeout: 30_000 });
  }

  it('shows the leaderboard and the scorecard, runs a backtest to its equity curve and statistics, and compares two runs', async () => {
    await page.goto(`${session.server.url}/analytics`);
    await signIn(page);
    await page.getByRole('heading', { name: 'Analytics' }).waitFor();

    const leaderboard = page.getByRole('table', { name: 'Agent leaderboard' });
    await leaderboard.getByRole('row').nth(3).waitFor();
    expect(await leaderboard.locator('[data-agent]').count()).toBeGreaterThan(3);
    await leaderboard.getByRole('button', { name: 'Category' }).click();
    const categories = await leaderboard.locator('[data-agent] td:nth-child(2)').allTextContents();
    expect(categories).toEqual([...categories].sort((a, b) => a.localeCompare(b)));
    // The most scored agent: its weight history is drawn once the server has saved the learning (every minute),
    // so a fresh server may still say it has none.
    await leaderboard.getByRole('button', { name: 'Scored' }).click();
    const top = leaderboard.locator('[data-agent]').first();
    expect(Number(await top.locator('td').nth(4).textContent())).toBeGreaterThan(0);
    const name = (await top.getByRole('button').getAttribute('aria-label'))?.replace(/^Show /, '') ?? '';
    await top.getByRole('button').click();
    await page.getByRole('heading', { name: `Weight history: ${name}` }).waitFor();
    await page.getByRole('img', { name: `Weight history of ${name}` }).locator('canvas').first().or(page.getByText(`No weight history saved for ${name} yet.`)).waitFor();
    await page.getByRole('group', { name: 'Signals' }).getByText('1', { exact: true }).waitFor();

    await runBacktest('SMA cross');
    await page.getByRole('img', { name: 'Equity curve and drawdown of AAPL' }).locator('canvas').first().waitFor();
    const stats = page.getByRole('table', { name: 'Statistics' });
    await stats.getByRole('row', { name: /^Return \[%\]/ }).waitFor();
    expect(await stats.getByRole('row', { name: /^# Trades/ }).count()).toBe(1);
    await expect(page.getByRole('status', { name: 'Backtest status' }).textContent()).resolves.toBe('sma-cross AAPL 2025-01-01 → 2025-07-01: done');
    await screenshot(page, 'analytics');

    await runBacktest('Buy and hold');
    const runs = page.getByRole('table', { name: 'Past backtests' });
    await runs.locator('[data-backtest-status="done"]').nth(1).waitFor();
    await runs.getByLabel(/^Compare sma-cross/).check();
    await runs.getByLabel(/^Compare buy-and-hold/).check();
    const comparison = page.getByRole('table', { name: 'Compared statistics' });
    await comparison.getByRole('row', { name: /^Return \[%\]/ }).waitFor();
    const headers = await comparison.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['Statistic', 'A: sma-cross AAPL 2025-01-01 → 2025-07-01 (AAPL)', 'B: buy-and-hold AAPL 2025-01-01 → 2025-07-01 (AAPL)', 'Difference']);
  });
});
