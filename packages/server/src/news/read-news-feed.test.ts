import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useLocalApiServer } from '../market-data/providers/http/use-local-api-server.test-support.js';
import { FeedReadError } from './feed-read-error.js';
import { ATOM_SAMPLE, RSS_SAMPLE } from './feed-samples.test-support.js';
import { readNewsFeed } from './read-news-feed.js';

const LIMITS = { timeoutMs: 2_000, maxBytes: 64 * 1024 };

async function failure(promise: Promise<unknown>): Promise<FeedReadError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof FeedReadError)) throw new Error(`expected a FeedReadError, got ${String(error)}`);
  return error;
}

/** A server that answers with bytes as `handle` writes them (the shared local server sends strings as UTF-8). */
async function withRawServer(handle: (request: IncomingMessage, response: ServerResponse) => void, body: (url: string) => Promise<void>): Promise<void> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('readNewsFeed over HTTP', () => {
  const local = useLocalApiServer();

  it('downloads and parses RSS and Atom feeds, announcing itself and asking for feed types', async () => {
    local.server.answer((request) => ({ headers: { 'content-type': request.path.endsWith('.atom') ? 'application/atom+xml' : 'application/rss+xml; charset=utf-8' }, body: request.path.endsWith('.atom') ? ATOM_SAMPLE : RSS_SAMPLE }));
    const rss = await readNewsFeed(`${local.server.baseUrl}/wire/feed.xml`, LIMITS);
    expect(rss.items.map((item) => item.title)).toEqual(['Apple beats estimates as iPhone sales jump', '$TSLA falls after deliveries miss & margins shrink', 'Oil steadies in quiet trade', 'An item with no date']);
    // Relative links resolve against the feed's own address.
    expect(rss.items[1].url).toBe(`${local.server.baseUrl}/tesla-deliveries`);
    const atom = await readNewsFeed(`${local.server.baseUrl}/chips.atom`, LIMITS);
    expect(atom.items.map((item) => item.url)).toEqual([`${local.server.baseUrl}/entries/7`, 'https://chips.example.com/entries/8']);
    const request = local.server.requests.at(-1);
    expect(request?.headers['user-agent']).toMatch(/^GoldenSignals\/\d+\.\d+\.\d+ \(news feed reader\)$/);
    expect(request?.headers.accept).toContain('application/rss+xml');
  });

  it('decodes a feed in the charset it declares, in the header or in the XML declaration', async () => {
    const title = 'Soci\u00e9t\u00e9 G\u00e9n\u00e9rale publie ses r\u00e9sultats';
    const document = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>${title}</title><pubDate>2025-06-01T00:00:00Z</pubDate></item></channel></rss>`;
    await withRawServer((_request, response) => response.end(Buffer.from(document, 'latin1')), async (url) => {
      expect((await readNewsFeed(url, LIMITS)).items[0].title).toBe(title);
    });
    await withRawServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1252' });
      response.end(Buffer.from(document.replace(' encoding="ISO-8859-1"', ''), 'latin1'));
    }, async (url) => {
      expect((await readNewsFeed(url, LIMITS)).items[0].title).toBe(title);
    });
  });

  it('refuses a body whose declared length is over the limit before reading it, and stops a chunked one once past the limit', async () => {
    await withRawServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '70000' });
      response.end('x'.repeat(70_000));
    }, async (url) => {
      const error = await failure(readNewsFeed(url, LIMITS));
      expect([error.problem, error.message]).toEqual(['too-large', `feed ${url}: the feed is 70000 bytes, more than the 65536 allowed`]);
    });
    await withRawServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.write('<rss><channel>');
      // No Content-Length: only counting the bytes as they come can find it too large.
      const chunk = '<item><title>x</title></item>'.repeat(1000);
      for (let i = 0; i < 20; i++) response.write(chunk);
      response.end('</channel></rss>');
    }, async (url) => {
      const error = await failure(readNewsFeed(url, LIMITS));
      expect([error.problem, error.message]).toEqual(['too-large', `feed ${url}: the feed is more than the 65536 bytes allowed`]);
    });
  });

  it('names the feed and the reason when it cannot be read', async () => {
    const url = `${local.server.baseUrl}/feed.xml`;
    local.server.answer(() => ({ status: 404, body: 'gone' }));
    const missing = await failure(readNewsFeed(url, LIMITS));
    expect([missing.problem, missing.status, missing.message]).toEqual(['http', 404, `feed ${url}: HTTP 404 Not Found`]);

    local.server.answer(() => ({ body: '<html><head><title>Sign in</title></head></html>' }));
    const page = await failure(readNewsFeed(url, LIMITS));
    expect([page.problem, page.message]).toEqual(['not-a-feed', `feed ${url}: not an RSS or Atom feed: not an RSS or Atom feed: the document's root element is <html>`]);

    local.server.answer(() => ({ body: '{"error": "use the JSON API"}' }));
    expect((await failure(readNewsFeed(url, LIMITS))).message).toBe(`feed ${url}: not an RSS or Atom feed: text before the first element: not XML (line 1)`);

    local.server.answer(() => ({ body: RSS_SAMPLE, delayMs: 500 }));
    const slow = await failure(readNewsFeed(url, { ...LIMITS, timeoutMs: 100 }));
    expect([slow.problem, slow.message]).toEqual(['timeout', `feed ${url}: no complete answer within 100 ms`]);
  });

  it('refuses addresses that are not http(s) and reports unreachable hosts', async () => {
    expect((await failure(readNewsFeed('file:///etc/passwd', LIMITS))).message).toBe('feed file:///etc/passwd: only http and https feeds are read, not file:');
    let closedUrl = '';
    await withRawServer(() => undefined, async (url) => {
      closedUrl = url;
    });
    const closed = await failure(readNewsFeed(closedUrl, LIMITS));
    expect(closed.problem).toBe('network');
    expect(closed.message.startsWith(`feed ${closedUrl}: request failed: ECONNREFUSED`)).toBe(true);
  });
});
