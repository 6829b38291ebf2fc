import { ENGINE_VERSION } from '@goldensignals/engine';
import { FeedReadError } from './feed-read-error.js';

/** Limits of one feed download. */
export interface FetchFeedOptions {
  /** The whole download (headers and body) must finish within this many ms. */
  readonly timeoutMs: number;
  /** Largest body accepted, bytes; a bigger one is abandoned as soon as it is known to be bigger. */
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
}

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
// Some publishers refuse requests without a user agent.
const USER_AGENT = `GoldenSignals/${ENGINE_VERSION} (news feed reader)`;

function networkReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return 'code' in cause && typeof cause.code === 'string' ? `${cause.code} (${cause.message})` : cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** The charset of the Content-Type header, else of the XML declaration, else UTF-8. */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    // An encoding this runtime does not know: UTF-8 reads ASCII-heavy feeds well enough.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > maxBytes) throw new FeedReadError(url, 'too-large', `the feed is ${length} bytes, more than the ${maxBytes} allowed`);
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FeedReadError(url, 'too-large', `the feed is more than the ${maxBytes} bytes allowed`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Downloads a feed as text with the global `fetch`: http(s) only, within `timeoutMs`, at most `maxBytes`,
 * decoded with its declared charset. Every failure is a {@link FeedReadError} naming the feed and the reason.
 */
export async function fetchFeedText(url: string, options: FetchFeedOptions): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FeedReadError(url, 'bad-url', 'not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FeedReadError(url, 'bad-url', `only http and https feeds are read, not ${parsed.protocol}`);
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
  try {
    const response = await fetch(parsed, { headers: { accept: ACCEPT, 'user-agent': USER_AGENT }, signal, redirect: 'follow' });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedReadError(url, 'http', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, { status: response.status });
    }
    return decode(await readLimited(response, url, options.maxBytes), response.headers.get('content-type'));
  } catch (error) {
    if (error instanceof FeedReadError) throw error;
    if (options.signal?.aborted) throw new FeedReadError(url, 'cancelled', 'cancelled by the caller', { cause: error });
    if (timeout.aborted) throw new FeedReadError(url, 'timeout', `no complete answer within ${options.timeoutMs} ms`, { cause: error });
    throw new FeedReadError(url, 'network', `request failed: ${networkReason(error)}`, { cause: error });
  }
}
