import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsMissing, generateSignal, openAdminBrowserSession, signIn, type AdminBrowserSession } from './browser-session.test-support.js';
import { takeScreenshots } from './screenshots.test-support.js';

const DESKTOP = { width: 1280, height: 900 };

const missing = browserTestsMissing('alerts');

describe.skipIf(missing !== null)('alerts in a real browser against a real server', () => {
  let session: AdminBrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openAdminBrowserSession(DESKTOP);
    page = session.page;
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('adds a signal rule, pops up its alert on another page when a signal comes, and lists the trigger', async () => {
    await page.goto(`${session.server.url}/alerts`);
    await signIn(page);
    const form = page.getByRole('form', { name: 'New alert' });
    await form.waitFor();
    await form.getByLabel('Kind').selectOption('signal');
    await form.getByLabel('Symbol').fill('AAPL');
    await form.getByLabel('Name (optional)').fill('Every AAPL signal');
    // BUY and SELL are picked already; HOLD too, so whatever the engine decides fires the rule.
    await form.getByRole('button', { name: 'HOLD' }).click();
    await form.getByRole('button', { name: 'Add alert' }).click();
    await expect(form.getByRole('status').textContent()).resolves.toBe('Alert added.');
    const card = page.getByRole('article', { name: 'Alert Every AAPL signal' });
    await card.waitFor();

    // The toast shows on whatever page is open: the dashboard here.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.locator('[data-connection="live"]').waitFor({ timeout: 10_000 });
    const signal = await generateSignal(session.server.url, session.token, 'AAPL');
    const toast = page.getByRole('alert', { name: /^Alert: .*AAPL.*\(rule: Every AAPL signal\)$/ });
    await toast.waitFor({ timeout: 15_000 });
    expect(await toast.textContent()).toContain(signal.action);

    await page.getByRole('tab', { name: 'Alerts' }).click();
    await card.getByRole('button', { name: /^Recent triggers of / }).click();
    const triggers = page.getByRole('list', { name: /^Triggers of / });
    await expect.poll(() => triggers.locator('li').first().textContent(), { timeout: 10_000 }).toContain('Every AAPL signal');
    await takeScreenshots(page, 'alerts', DESKTOP);
    expect(session.pageErrors).toEqual([]);
  }, 90_000);
});
