import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsMissing, generateSignal, openAdminBrowserSession, signIn, type AdminBrowserSession, type GeneratedSignal } from './browser-session.test-support.js';
import { takeScreenshots } from './screenshots.test-support.js';

const DESKTOP = { width: 1280, height: 900 };
/** The chart's colours (packages/web/src/chart/chart-colors.ts): candles up/down, the BUY, SELL and HOLD markers. */
const COLORS = { up: [0x26, 0xa6, 0x9a], down: [0xef, 0x53, 0x50], BUY: [0x29, 0x79, 0xff], SELL: [0xff, 0x91, 0x00], HOLD: [0xb0, 0xbe, 0xc5] } as const;

const missing = browserTestsMissing('chart');

/** The little of the DOM the pixel count uses (this project's e2e code is type-checked without the DOM library). */
interface PixelCanvas {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, width: number, height: number): { readonly data: ArrayLike<number> } } | null;
}

/** How many pixels of each colour the chart's canvases hold (within a small tolerance for anti-aliasing). */
function countColours(page: Page): Promise<Record<keyof typeof COLORS, number>> {
  return page.evaluate((colors) => {
    const counts: Record<string, number> = Object.fromEntries(Object.keys(colors).map((name) => [name, 0]));
    const { document } = globalThis as unknown as { document: { querySelectorAll(selector: string): Iterable<PixelCanvas> } };
    for (const canvas of document.querySelectorAll('[data-chart-symbol] canvas')) {
      if (canvas.width === 0 || canvas.height === 0) continue;
      const context = canvas.getContext('2d');
      if (context === null) continue;
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let index = 0; index < pixels.length; index += 4) {
        for (const [name, [red, green, blue]] of Object.entries(colors)) {
          if (Math.abs(pixels[index] - red) + Math.abs(pixels[index + 1] - green) + Math.abs(pixels[index + 2] - blue) <= 6) counts[name]++;
        }
      }
    }
    return counts as Record<keyof typeof colors, number>;
  }, COLORS);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await takeScreenshots(page, name, DESKTOP, 300);
}

describe.skipIf(missing !== null)('the price chart in a real browser against a real server', () => {
  let session: AdminBrowserSession;
  let page: Page;

  function generate(timeframe: string): Promise<GeneratedSignal> {
    return generateSignal(session.server.url, session.token, 'AAPL', timeframe);
  }

  beforeAll(async () => {
    session = await openAdminBrowserSession(DESKTOP);
    page = session.page;
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('draws AAPL candles with a marker at the bar of a generated signal', async () => {
    // The simulator's random walk mostly gives HOLD (a grey dot); BUY and SELL are arrows: any of them is a marker.
    const signal = await generate('1d');

    await page.goto(`${session.server.url}/chart`);
    await signIn(page);
    await page.getByRole('form', { name: 'Open a chart' }).waitFor();
    await page.getByRole('textbox', { name: 'Symbol', exact: true }).fill('aapl');
    await page.getByRole('button', { name: 'Show chart' }).click();

    const chart = page.locator('[data-chart-symbol="AAPL"][data-chart-timeframe="1d"][data-marker-count="1"]');
    await chart.waitFor({ timeout: 15_000 });
    expect(Number(await chart.getAttribute('data-bar-count'))).toBeGreaterThan(200);
    expect(page.url()).toContain('/chart?symbol=AAPL');
    await expect(page.getByText('Simulated', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(`Signals on these bars: ${signal.action === 'BUY' ? 1 : 0} BUY, ${signal.action === 'SELL' ? 1 : 0} SELL, ${signal.action === 'HOLD' ? 1 : 0} HOLD.`).isVisible()).resolves.toBe(true);

    // The canvas, not just the DOM: candle bodies in both colours, and the marker in its own colour.
    await expect.poll(async () => (await countColours(page))[signal.action], { timeout: 5_000 }).toBeGreaterThan(10);
    const counts = await countColours(page);
    expect(counts.up).toBeGreaterThan(500);
    expect(counts.down).toBeGreaterThan(500);
    await screenshot(page, 'chart');
  });

  it('switches the timeframe and adds the marker of a signal generated while the chart is open, without a reload', async () => {
    await page.locator('[data-connection="live"]').waitFor();
    await page.getByRole('button', { name: '1h bars' }).click();
    await page.locator('[data-chart-symbol="AAPL"][data-chart-timeframe="1h"][data-marker-count="0"]').waitFor({ timeout: 15_000 });
    await generate('1h');
    await page.locator('[data-chart-symbol="AAPL"][data-chart-timeframe="1h"][data-marker-count="1"]').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: /Bollinger/ }).click();
    await page.getByRole('button', { name: /Exponential/ }).click();
    await screenshot(page, 'chart-1h');
  });

  it('removes the chart when leaving the page, without errors', async () => {
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Latest signals' }).waitFor();
    expect(await page.locator('[data-chart-symbol] canvas').count()).toBe(0);
    await page.goBack();
    await page.locator('[data-chart-symbol="AAPL"] canvas').first().waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
