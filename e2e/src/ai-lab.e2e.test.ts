import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsMissing, openAdminBrowserSession, signIn, type AdminBrowserSession } from './browser-session.test-support.js';
import { takeScreenshots } from './screenshots.test-support.js';

const DESKTOP = { width: 1280, height: 900 };

/** The banner's words when no language model is configured (packages/web/src/ai-lab/ai-status-banner.tsx). */
const NO_LANGUAGE_MODEL = 'No language model is configured: answers come from templates over your data. Set LLM_BASE_URL and LLM_MODEL.';

const POLICY = 'Risk policy of the desk. Never risk more than one percent of the account on a single trade. Stop trading for the day after a three percent loss.';

const missing = browserTestsMissing('AI lab');

function isAnswerStream(response: Response): boolean {
  return response.request().method() === 'POST' && /\/api\/v1\/ai\/conversations\/[^/]+\/messages$/.test(new URL(response.url()).pathname);
}

/**
 * Tees every answer stream the page fetches into `window.recordedAnswerStreams`. The app still reads the real stream
 * token by token; the copy is needed because Chromium does not keep the body of a fetch read as a stream, so
 * `response.text()` fails now and then ("No data found for resource"). A string because it runs in the page, whose
 * DOM types this package does not compile against.
 */
const RECORD_ANSWER_STREAMS = String.raw`(() => {
  const recorded = [];
  window.recordedAnswerStreams = recorded;
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await originalFetch(input, init);
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, window.location.href);
    if (init && init.method === 'POST' && /\/api\/v1\/ai\/conversations\/[^/]+\/messages$/.test(url.pathname)) {
      recorded.push(response.clone().text());
    }
    return response;
  };
})()`;

/** The body of the last answer stream the page fetched, once it has ended. */
const LAST_ANSWER_STREAM = `(() => {
  const last = (window.recordedAnswerStreams || []).at(-1);
  if (last === undefined) throw new Error('the page fetched no answer stream');
  return last;
})()`;

describe.skipIf(missing !== null)('the AI Lab in a real browser against a real server without a language model', () => {
  let session: AdminBrowserSession;
  let page: Page;

  beforeAll(async () => {
    // No LLM_BASE_URL / LLM_MODEL: the server answers from templates over its data.
    session = await openAdminBrowserSession(DESKTOP);
    page = session.page;
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  it('says no language model is configured and streams a templated answer to a suggested question', async () => {
    await page.goto(`${session.server.url}/ai-lab`);
    await signIn(page);
    await page.getByRole('heading', { name: 'AI lab' }).waitFor();
    await page.getByRole('status', { name: 'Assistant status' }).getByText(NO_LANGUAGE_MODEL).waitFor();

    await page.evaluate(RECORD_ANSWER_STREAMS);
    const streamed = page.waitForResponse(isAnswerStream);
    const box = page.getByLabel('Your question');
    await box.fill('Which agents are most accurate?');
    await box.press('Enter');
    const response = await streamed;
    expect(response.headers()['content-type']).toMatch(/^text\/event-stream/);

    const answer = page.locator('[data-message-role="assistant"]').last();
    await page.locator('[data-message-role="assistant"][data-message-state="stored"]').waitFor({ timeout: 30_000 });
    await expect(box.isEnabled()).resolves.toBe(true);
    const text = (await answer.locator('p').first().textContent()) ?? '';
    expect(text).toContain('no language model is configured');
    expect(text).toMatch(/agent/i);
    // Token by token: the answer came as several `token` events whose texts join into what is shown.
    const body = String(await page.evaluate(LAST_ANSWER_STREAM));
    const tokens = [...body.matchAll(/^event: token\ndata: (.*)$/gm)].map((match) => (JSON.parse(match[1]) as { text: string }).text);
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.join('')).toBe(text);
    await expect(answer.locator('[data-tool-call="compare_agents"]').textContent()).resolves.toMatch(/^called compare_agents\(/);

    // The conversation is stored, named after its question, and in the address.
    await page.getByRole('list', { name: 'Conversations' }).getByText('Which agents are most accurate?').waitFor();
    expect(new URL(page.url()).searchParams.get('conversation')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('uploads a text document and finds it by search', async () => {
    await page.getByLabel('Document file').setInputFiles({ name: 'risk-policy.txt', mimeType: 'text/plain', buffer: Buffer.from(POLICY) });
    await page.getByText(/^Indexed risk-policy\.txt: \d+ passages? searchable\.$/).waitFor({ timeout: 30_000 });
    await page.getByRole('list', { name: 'Documents' }).getByText('risk-policy.txt').waitFor();

    const search = page.getByRole('search', { name: 'Search your data' });
    await search.getByLabel('Search').fill('how much of the account may a single trade risk');
    await search.getByRole('button', { name: 'Search' }).click();
    const hit = page.getByRole('list', { name: 'Search results' }).locator('[data-search-kind="document"]').filter({ hasText: 'risk-policy.txt' });
    await hit.first().waitFor();
    await expect(hit.first().textContent()).resolves.toContain('Never risk more than one percent');
    await takeScreenshots(page, 'ai-lab', DESKTOP);
    expect(session.pageErrors).toEqual([]);
  });
});
