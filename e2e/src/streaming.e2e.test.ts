import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_OBSERVING, STOP_OBSERVING } from '../../bench/src/web/page-observers.js';
import { browserTestsMissing, openAdminBrowserSession, signIn, type AdminBrowserSession } from './browser-session.test-support.js';

const DESKTOP = { width: 1280, height: 800 };
const HOUR_MS = 3_600_000;
/** Crypto pairs trade around the clock, so every hour of the test's clock closes a bar for each of them. */
const SYMBOLS = Array.from({ length: 50 }, (_, i) => `SIM${String(i).padStart(3, '0')}-USDT`);
const BURSTS = 6;
/**
 * DOM mutations a streamed signal may cost at most: a new feed row replaces the oldest and a watchlist chip changes
 * (about 3 when measured). Re-rendering every row per signal, or a list that keeps growing, costs hundreds.
 */
const MAX_MUTATIONS_PER_SIGNAL = 15;

const missing = browserTestsMissing('live streaming');

/** What the page observers counted (see bench/src/web/page-observers.ts). */
interface StreamingFigures {
  readonly longTasks: number;
  readonly longTaskMs: number;
  readonly maxFrameGapMs: number;
  readonly mutations: number;
  readonly rows: number;
}

interface BatchAnswer {
  readonly items: readonly { readonly symbol: string; readonly signal?: { readonly id: string } }[];
}

describe.skipIf(missing !== null)('the dashboard while 50 watched symbols stream signals, in a real browser', () => {
  // The server's clock starts at a fixed Monday and moves an hour per burst, so each burst is 50 new signals.
  let clock = Date.UTC(2026, 0, 5);
  let session: AdminBrowserSession;
  let page: Page;

  async function burst(): Promise<Map<string, string>> {
    const response = await fetch(`${session.server.url}/api/v1/signals/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ symbols: SYMBOLS, timeframe: '1h' }),
    });
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as BatchAnswer;
    return new Map(items.map((item) => [item.symbol, item.signal?.id ?? `error for ${item.symbol}`]));
  }

  beforeAll(async () => {
    // Tokens last a day of that clock, so the test's own stays valid over its steps.
    session = await openAdminBrowserSession(DESKTOP, { now: () => clock, env: { ACCESS_TOKEN_TTL: '86400' } });
    page = session.page;
    const watchlist = await fetch(`${session.server.url}/api/v1/watchlists`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Fifty pairs', symbols: SYMBOLS, timeframes: ['1h'] }),
    });
    expect(watchlist.status).toBe(201);
    await burst();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  // 300 signals through a real browser: minutes on a loaded 2-core machine, seconds on a quiet one.
  it('shows every streamed signal in the watchlist and keeps the feed bounded, with a few DOM changes per signal', { timeout: 120_000 }, async () => {
    await page.goto(session.server.url);
    await signIn(page);
    await page.locator('[data-connection="live"]').waitFor();
    await page.locator(`[data-watch-symbol="${SYMBOLS[49]}"][data-watch-signal]`).waitFor();

    await page.evaluate(START_OBSERVING);
    let latest = new Map<string, string>();
    for (let i = 0; i < BURSTS; i++) {
      clock += HOUR_MS;
      latest = await burst();
    }
    // Every watched symbol's row ends on the signal of the last burst, pushed over the socket (no reload).
    for (const [symbol, id] of latest) await page.locator(`[data-watch-symbol="${symbol}"][data-watch-signal="${id}"]`).waitFor({ timeout: 10_000 });
    const figures = (await page.evaluate(STOP_OBSERVING)) as StreamingFigures;
    const signals = SYMBOLS.length * BURSTS;
    // eslint-disable-next-line no-console -- the smoothness figures the dashboard issue asks the e2e run to measure; timings printed, not asserted
    console.info(
      `${signals} streamed signals of ${SYMBOLS.length} symbols: ${figures.longTasks} long tasks (${Math.round(figures.longTaskMs)} ms), longest frame gap ${Math.round(figures.maxFrameGapMs)} ms, ${figures.mutations} DOM mutations (${(figures.mutations / signals).toFixed(1)} per signal), ${figures.rows} signal rows`,
    );
    expect(figures.rows).toBe(50);
    expect(figures.mutations / signals).toBeLessThanOrEqual(MAX_MUTATIONS_PER_SIGNAL);
    expect(session.pageErrors).toEqual([]);
  });
});
