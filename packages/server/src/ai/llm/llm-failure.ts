import { parseRetryAfter } from '../../market-data/providers/http/retry-after.js';
import { LlmError, type LlmErrorKind } from './llm-error.js';

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

/**
 * The reason in an error body: OpenAI, vLLM and llama.cpp send `{error: {message}}`, Ollama
 * `{error: "..."}`, older vLLM `{message}`; anything else (an HTML page) is shown by its start.
 */
export function serverErrorMessage(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null) {
      const fields = body as Record<string, unknown>;
      const error = fields.error;
      if (typeof error === 'object' && error !== null && typeof (error as Record<string, unknown>).message === 'string') {
        return (error as Record<string, unknown>).message as string;
      }
      if (typeof error === 'string' && error.length > 0) return error;
      if (typeof fields.message === 'string' && fields.message.length > 0) return fields.message;
    }
  } catch {
    // Not JSON: show the start of the page below.
  }
  return text.trim().length > 0 ? snippet(text) : undefined;
}

/** The error code of a Node network failure, looking through `fetch failed` and multi-address AggregateErrors. */
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    if ('code' in current && typeof current.code === 'string') return current.code;
    if (current instanceof AggregateError && current.errors[0] instanceof Error) current = current.errors[0];
    else current = current.cause;
  }
  return undefined;
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return cause.message || (cause instanceof AggregateError ? String(cause.errors[0]) : cause.name);
  return error instanceof Error ? error.message : String(error);
}

const LOST_CODES: ReadonlySet<string> = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** How a request failed before or while its answer arrived. */
export interface TransportContext {
  /** `POST http://host/v1/chat/completions`. */
  readonly endpoint: string;
  readonly timeoutMs: number;
  readonly timedOut: boolean;
  readonly callerSignal: AbortSignal | undefined;
}

/** The error for a failed `fetch` or body read: timeout, cancelled by the caller, refused, reset, or another network fault. */
export function transportFailure(error: unknown, context: TransportContext): LlmError {
  const { endpoint } = context;
  if (context.timedOut) return new LlmError('timeout', `${endpoint}: no data for ${context.timeoutMs} ms (timeout)`, { cause: error });
  if (context.callerSignal?.aborted) return new LlmError('cancelled', `${endpoint} was cancelled by the caller`, { cause: context.callerSignal.reason });
  const code = networkCode(error);
  if (code === 'ECONNREFUSED') return new LlmError('connection-refused', `${endpoint}: connection refused; is the language model server running?`, { cause: error });
  if ((code !== undefined && LOST_CODES.has(code)) || (error instanceof TypeError && error.message === 'terminated')) {
    return new LlmError('connection-lost', `${endpoint}: the connection closed before the answer was complete (${networkReason(error)})`, { cause: error });
  }
  return new LlmError('network', `${endpoint} failed: ${code === undefined ? networkReason(error) : `${code} (${networkReason(error)})`}`, { cause: error });
}

function kindForStatus(status: number): LlmErrorKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 429) return 'rate-limited';
  if (status === 503) return 'unavailable';
  return 'server-error';
}

/** The error for an answer with a non-2xx status, quoting the server's own reason. */
export function statusFailure(response: Response, text: string, endpoint: string, sentApiKey: boolean, now: number): LlmError {
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const reason = serverErrorMessage(text);
  const kind = kindForStatus(response.status);
  let message = `${endpoint}: ${status}${reason === undefined ? '' : `: ${reason}`}`;
  if (kind === 'unauthorized') message += sentApiKey ? ' (the server refused the API key)' : ' (no API key was sent; set one)';
  return new LlmError(kind, message, { status: response.status, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now) });
}
