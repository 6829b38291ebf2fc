import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { median, progress, round } from '../measure.js';
import { startSteppedClockServer } from '../http/stepped-clock-server-process.js';
import { initialBundle } from '../web/initial-bundle.js';
import { READ_REFRESH_TOKEN, START_OBSERVING, STOP_OBSERVING, writeRefreshToken } from '../web/page-observers.js';

const WEB_DIST = fileURLToPath(new URL('../../../packages/web/dist', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HOUR_MS = 3_600_000;
const START_MS = Date.UTC(2026, 0, 5);
const SYMBOLS = Array.from({ length: 50 }, (_, i) => `SIM${String(i).padStart(3, '0')}-USDT`);
const NAVIGATIONS = 5;
const ROUNDS = 10;
const TARGETS = { initialBundleGzipBytes: 350 * 1024, firstSignalRowMs: 1_500 };

/** What the page recorded while signals streamed in. */
interface StreamingFigures {
  readonly longTasks: number;
  readonly longTaskMs: number;
  readonly maxFrameGapMs: number;
  readonly mutations: number;
  readonly rows: number;
}

/**
 * The dashboard in headless Chromium against the real server (its clock moved by the bench, simulator data): the
 * initial JS bundle's gzip size; time from navigation to the first signal row with a signed-in session (the access
 * token restored from the refresh token, as after a reload); and 500 signals of 50 symbols streaming in (10 bursts of
 * 50, one per new hourly bar) — long tasks, the longest gap between frames, DOM mutations, rows kept.
 */
export async function dashboard(): Promise<object> {
  const bundle = initialBundle(WEB_DIST);
  const server = await startSteppedClockServer(START_MS);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
  try {
    const batch = async (): Promise<void> => {
      const response = await fetch(`${server.url}/api/v1/signals/batch`, {
        method: 'POST',
        headers: { ...server.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ symbols: SYMBOLS, timeframe: '1h' }),
      });
      if (response.status !== 200) throw new Error(`batch: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
    };
    progress(`dashboard: first signals of ${SYMBOLS.length} symbols`);
    await batch();
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@goldensignals.local', password: 'load-test password 7f3a9c' }),
    });
    const { refreshToken } = (await login.json()) as { refreshToken: string };
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Signed in as after an earlier visit: the page restores its access token from the stored refresh token.
    let token = refreshToken;
    const page = await context.newPage();
    await page.goto(`${server.url}/favicon-absent`);
    const navigationsMs: number[] = [];
    progress(`dashboard: ${NAVIGATIONS} navigations to the first signal row`);
    for (let i = 0; i < NAVIGATIONS; i++) {
      await page.evaluate(writeRefreshToken(token));
      const started = Date.now();
      await page.goto(server.url);
      await page.locator('[data-signal-id]').first().waitFor({ timeout: 10_000 });
      navigationsMs.push(Date.now() - started);
      // The page rotated the refresh token; the next navigation starts from the new one, as a browser would.
      token = ((await page.evaluate(READ_REFRESH_TOKEN)) as string | null) ?? token;
    }
    await page.locator('[data-connection="live"]').waitFor();
    await page.evaluate(START_OBSERVING);
    progress(`dashboard: ${ROUNDS} bursts of ${SYMBOLS.length} live signals`);
    for (let round = 0; round < ROUNDS; round++) {
      await server.step(HOUR_MS);
      await batch();
      await page.waitForTimeout(300);
    }
    const streaming = (await page.evaluate(STOP_OBSERVING)) as StreamingFigures;
    await context.close();
    return {
      initialBundle: { files: bundle.files, bytes: bundle.bytes, gzipBytes: bundle.gzipBytes, targetGzipBytes: TARGETS.initialBundleGzipBytes },
      firstSignalRow: { navigations: NAVIGATIONS, medianMs: round(median(navigationsMs), 0), maxMs: Math.max(...navigationsMs), firstMs: navigationsMs[0], targetMs: TARGETS.firstSignalRowMs },
      streaming: { symbols: SYMBOLS.length, signals: SYMBOLS.length * ROUNDS, ...streaming, longTaskMs: round(streaming.longTaskMs, 0), maxFrameGapMs: round(streaming.maxFrameGapMs, 0) },
      meetsTarget: bundle.gzipBytes <= TARGETS.initialBundleGzipBytes && Math.max(...navigationsMs) <= TARGETS.firstSignalRowMs,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
