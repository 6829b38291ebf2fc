import { DeliveryError } from './delivery-error.js';
import { truncate } from './message-text.js';

/** Statuses worth a retry: the receiver's trouble (5xx), rate limits and its own timeout; other 4xx need a config fix. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

function networkProblem(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code === undefined ? cause.message : `${code} (${cause.message})`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function answerText(response: Response): Promise<string> {
  try {
    return truncate((await response.text()).replace(/\s+/g, ' ').trim(), 200);
  } catch {
    return '';
  }
}

/**
 * POSTs a JSON body and resolves on a 2xx answer; anything else throws a {@link DeliveryError} saying what the
 * receiver answered. Redirects are not followed (a webhook URL should be the final one, and following them could
 * send the message somewhere the user never configured).
 */
export async function postJson(url: string, body: string, headers: Readonly<Record<string, string>>, signal: AbortSignal): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'GoldenSignals', ...headers }, body, signal, redirect: 'manual' });
  } catch (error) {
    throw new DeliveryError(`could not reach ${new URL(url).host}: ${networkProblem(error)}`, true, { cause: error });
  }
  if (response.ok) {
    await response.body?.cancel();
    return;
  }
  const detail = await answerText(response);
  if (response.status >= 300 && response.status < 400) {
    throw new DeliveryError(`HTTP ${response.status}: redirected to ${response.headers.get('location') ?? 'another address'}; use the final URL`, false);
  }
  throw new DeliveryError(`HTTP ${response.status}${detail === '' ? '' : `: ${detail}`}`, isRetryableStatus(response.status));
}
