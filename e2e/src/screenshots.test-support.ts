import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Where the browser tests leave their screenshots (kept after the run, not committed). */
export const SCREENSHOTS_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** The phone width every page is also pictured at. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/**
 * Pictures the page at `desktop` and at phone width as `<name>-desktop.png` and `<name>-phone.png` (animations
 * stopped; `settleMs` lets a canvas redraw after the resize), then returns to `desktop`.
 */
export async function takeScreenshots(page: Page, name: string, desktop: { width: number; height: number }, settleMs = 0): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  for (const [size, viewport] of [['desktop', desktop], ['phone', PHONE_VIEWPORT]] as const) {
    await page.setViewportSize(viewport);
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    // From the top: scrolled, a full-page picture shows the sticky app bar in the middle of the page.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${SCREENSHOTS_DIR}${name}-${size}.png`, fullPage: true, animations: 'disabled' });
  }
  await page.setViewportSize(desktop);
}
