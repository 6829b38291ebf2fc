import { setTimeout as sleep } from 'node:timers/promises';
import { redactSecrets } from '../../market-data/providers/http/redact-secrets.js';
import { ChatChunkAssembler } from './chat-chunk-assembler.js';
import { chatCompletionBody } from './chat-completion-body.js';
import type { ChatEvent } from './chat-event.js';
import type { ChatRequest } from './chat-request.js';
import { checkToolSpecs } from './check-tool-specs.js';
import { IdleTimeout } from './idle-timeout.js';
import { LlmError, type LlmErrorKind } from './llm-error.js';
import { statusFailure, transportFailure } from './llm-failure.js';
import { readEmbeddings } from './read-embeddings.js';
import { runToolLoop } from './run-tool-loop.js';
import { SseParser } from './sse-parser.js';
import type { ToolLoopRequest } from './tool-loop-request.js';
import type { ToolLoopResult } from './tool-loop-event.js';

/** Settings of an {@link OpenAiCompatibleClient}. */
export interface OpenAiCompatibleClientOptions {
  /** The server's `/v1` root: `https://api.openai.com/v1`, `http://localhost:11434/v1` (Ollama), vLLM's or llama.cpp's. */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer`; local servers need none. */
  readonly apiKey?: string;
  /** Chat model name. */
  readonly model: string;
  /** Longest silence allowed: waiting for the answer's headers, or between two pieces of its body. */
  readonly timeoutMs: number;
  /** Embeddings model name; `model` when absent. */
  readonly embeddingsModel?: string;
  /** Length every embedding must have; when absent, the length of the first answer is required of all later ones. */
  readonly embeddingDimensions?: number;
  /** Texts per embeddings request (default 32): local servers limit a request's size. */
  readonly embeddingsBatchSize?: number;
  /** Backoff before the one retry when the server gave no Retry-After (default 1000 ms, ± half of it). */
  readonly retryDelayMs?: number;
  /** Clock for `Retry-After` dates; `Date.now` by default. */
  readonly now?: () => number;
}

/** A Retry-After longer than this is not waited for: the error goes to the caller instead. */
const MAX_RETRY_WAIT_MS = 10_000;
const DEFAULT_BATCH_SIZE = 32;

/**
 * Talks to any server with OpenAI's `/v1/chat/completions` and `/v1/embeddings` (OpenAI, Ollama,
 * vLLM, llama.cpp) over the global `fetch`. Answers are streamed (SSE) and a plain JSON answer is
 * accepted too. One retry with backoff follows a 429, a 503 or a reset connection, but only while
 * nothing of the answer has been passed on. Every error names the endpoint; the API key is kept in a
 * private field and masked in every message.
 */
export class OpenAiCompatibleClient {
  readonly #apiKey: string | undefined;
  readonly #base: URL;
  readonly #options: OpenAiCompatibleClientOptions;
  #embeddingDimensions: number | undefined;

  constructor(options: OpenAiCompatibleClientOptions) {
    let base: URL;
    try {
      base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    } catch {
      throw new TypeError(`the language model base URL ${JSON.stringify(options.baseUrl)} is not a URL`);
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new TypeError(`the language model base URL must be http(s), got ${base.protocol}`);
    if (options.model.trim() === '') throw new TypeError('the language model name is empty');
    if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0) throw new TypeError(`the language model timeout must be a positive number of ms, got ${options.timeoutMs}`);
    const batch = options.embeddingsBatchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batch) || batch < 1) throw new TypeError(`embeddingsBatchSize must be a positive integer, got ${batch}`);
    const dimensions = options.embeddingDimensions;
    if (dimensions !== undefined && (!Number.isInteger(dimensions) || dimensions < 1)) throw new TypeError(`embeddingDimensions must be a positive integer, got ${dimensions}`);
    this.#apiKey = options.apiKey === undefined || options.apiKey === '' ? undefined : options.apiKey;
    this.#base = base;
    this.#options = options;
    this.#embeddingDimensions = dimensions;
  }

  /** The base URL, for status pages (it holds no key). */
  get baseUrl(): string {
    return this.#options.baseUrl;
  }

  /** The chat model name. */
  get model(): string {
    return this.#options.model;
  }

  /** The embeddings model name. */
  get embeddingsModel(): string {
    return this.#options.embeddingsModel ?? this.#options.model;
  }

  /** The embedding length: configured, or learnt from the first answer; undefined before that. */
  get embeddingDimensions(): number | undefined {
    return this.#embeddingDimensions;
  }

  /**
   * Streams one chat completion: text events as they arrive, then each tool call (arguments joined
   * from their fragments and parsed; a malformed one is a `tool-call-error` event), then `finish`.
   * Throws {@link LlmError} for transport, HTTP and format failures. Tool specs are checked first
   * (TypeError for a bad name or an unsupported schema keyword).
   */
  async *chat(request: ChatRequest): AsyncGenerator<ChatEvent, void, undefined> {
    checkToolSpecs(request.tools ?? []);
    const body = chatCompletionBody(this.#options.model, request);
    for (let attempt = 1; ; attempt += 1) {
      let passedOn = false;
      try {
        for await (const event of this.#chatOnce(body, request.signal)) {
          passedOn = true;
          yield event;
        }
        return;
      } catch (error) {
        if (passedOn || !(await this.#mayRetry(error, attempt, request.signal))) throw error;
      }
    }
  }

  /**
   * Calls the model, runs the tools it asks for and feeds their results back until it answers
   * without tool calls; see {@link runToolLoop}.
   */
  runToolLoop(request: ToolLoopRequest): Promise<ToolLoopResult> {
    return runToolLoop((chatRequest) => this.chat(chatRequest), request);
  }

  /**
   * One embedding per text, in order, each of the same length (the configured one, or the first
   * answer's). Batches of `embeddingsBatchSize`; an empty list makes no request.
   */
  async embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]> {
    const batchSize = this.#options.embeddingsBatchSize ?? DEFAULT_BATCH_SIZE;
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      vectors.push(...(await this.#embedBatch(texts.slice(start, start + batchSize), signal)));
    }
    return vectors;
  }

  async #embedBatch(texts: readonly string[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
    const model = this.embeddingsModel;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { endpoint, json } = await this.#postForJson('embeddings', { model, input: texts }, signal);
        const fail = (problem: string): LlmError => this.#error('bad-response', `${endpoint}: malformed embeddings answer: ${problem}`);
        const vectors = readEmbeddings(json, texts.length, fail);
        const dimensions = vectors[0]?.length;
        if (dimensions !== undefined) {
          const expected = this.#embeddingDimensions;
          if (expected !== undefined && dimensions !== expected) {
            throw this.#error('bad-response', `${endpoint}: the embeddings of model ${model} have ${dimensions} dimensions, expected ${expected} (was the model changed? stored vectors would no longer compare)`);
          }
          this.#embeddingDimensions = dimensions;
        }
        return vectors;
      } catch (error) {
        if (!(await this.#mayRetry(error, attempt, signal))) throw error;
      }
    }
  }

  /** POSTs `body` and reads a whole JSON answer. */
  async #postForJson(path: string, body: unknown, signal: AbortSignal | undefined): Promise<{ endpoint: string; json: unknown }> {
    const timeout = new IdleTimeout(this.#options.timeoutMs);
    const { endpoint, response } = await this.#post(path, body, timeout, signal);
    try {
      const text = await this.#readText(response, endpoint, timeout, signal);
      return { endpoint, json: this.#parseJson(text, endpoint) };
    } finally {
      timeout.clear();
    }
  }

  async *#chatOnce(body: unknown, signal: AbortSignal | undefined): AsyncGenerator<ChatEvent, void, undefined> {
    const timeout = new IdleTimeout(this.#options.timeoutMs);
    try {
      const { endpoint, response } = await this.#post('chat/completions', body, timeout, signal);
      const assembler = new ChatChunkAssembler((problem, kind) => this.#error(kind, `${endpoint}: ${problem}`));
      const type = response.headers.get('content-type') ?? '';
      if (type.includes('text/event-stream')) {
        yield* this.#readStream(response, endpoint, assembler, timeout, signal);
      } else if (type.includes('application/json')) {
        // A server that ignores `stream: true` answers one chat.completion object.
        const json = this.#parseJson(await this.#readText(response, endpoint, timeout, signal), endpoint);
        yield* assembler.add(json);
      } else {
        await response.body?.cancel();
        throw this.#error('bad-response', `${endpoint}: answered ${type || 'no content type'}, expected text/event-stream or application/json`);
      }
      yield* assembler.finish();
    } finally {
      timeout.clear();
    }
  }

  async *#readStream(response: Response, endpoint: string, assembler: ChatChunkAssembler, timeout: IdleTimeout, signal: AbortSignal | undefined): AsyncGenerator<ChatEvent, void, undefined> {
    const parser = new SseParser();
    const decoder = new TextDecoder();
    const stream = response.body;
    if (stream === null) throw this.#error('bad-response', `${endpoint}: the answer has no body`);
    const handle = (data: string): ChatEvent[] | 'done' => {
      if (data.trim() === '[DONE]') return 'done';
      let chunk: unknown;
      try {
        chunk = JSON.parse(data);
      } catch {
        throw this.#error('bad-response', `${endpoint}: a stream chunk is not JSON: ${snippet(data)}`);
      }
      return assembler.add(chunk);
    };
    let done = false;
    try {
      reading: for await (const bytes of stream) {
        timeout.touch();
        for (const event of parser.push(decoder.decode(bytes, { stream: true }))) {
          const events = handle(event.data);
          if (events === 'done') {
            done = true;
            break reading;
          }
          yield* events;
        }
      }
    } catch (error) {
      if (error instanceof LlmError) throw error;
      throw this.#transportError(error, endpoint, timeout, signal);
    }
    if (done) return;
    const rest = parser.end();
    for (const event of rest.events) {
      const events = handle(event.data);
      if (events === 'done') return;
      yield* events;
    }
    if (assembler.finishReason === undefined) {
      throw this.#error('incomplete-answer', `${endpoint}: the stream ended before the answer was complete (no finish_reason and no [DONE]${rest.truncated ? ', cut inside an event' : ''})`);
    }
  }

  async #post(path: string, body: unknown, timeout: IdleTimeout, signal: AbortSignal | undefined): Promise<{ endpoint: string; response: Response }> {
    const url = new URL(path, this.#base);
    const endpoint = `POST ${url.href}`;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream, application/json' };
    if (this.#apiKey !== undefined) headers.authorization = `Bearer ${this.#apiKey}`;
    const combined = signal === undefined ? timeout.signal : AbortSignal.any([signal, timeout.signal]);
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: combined });
    } catch (error) {
      throw this.#transportError(error, endpoint, timeout, signal);
    }
    timeout.touch();
    if (!response.ok) {
      const text = await this.#readText(response, endpoint, timeout, signal);
      const failure = statusFailure(response, text, endpoint, this.#apiKey !== undefined, (this.#options.now ?? Date.now)());
      throw this.#error(failure.kind, failure.message, { status: failure.status, retryAfterMs: failure.retryAfterMs });
    }
    return { endpoint, response };
  }

  async #readText(response: Response, endpoint: string, timeout: IdleTimeout, signal: AbortSignal | undefined): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw this.#transportError(error, endpoint, timeout, signal);
    }
  }

  #parseJson(text: string, endpoint: string): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw this.#error('bad-response', `${endpoint}: the answer is not JSON: ${text.trim() === '' ? 'an empty body' : snippet(text)}`);
    }
  }

  /** Waits before the one retry when `error` allows it; false when the error must go to the caller. */
  async #mayRetry(error: unknown, attempt: number, signal: AbortSignal | undefined): Promise<boolean> {
    if (attempt > 1 || !(error instanceof LlmError) || !error.retryable) return false;
    if (error.retryAfterMs !== undefined && error.retryAfterMs > MAX_RETRY_WAIT_MS) return false;
    const base = this.#options.retryDelayMs ?? 1_000;
    const wait = error.retryAfterMs ?? Math.round(base / 2 + (base / 2) * Math.random());
    try {
      await sleep(wait, undefined, { signal });
    } catch {
      return false;
    }
    return true;
  }

  #transportError(error: unknown, endpoint: string, timeout: IdleTimeout, signal: AbortSignal | undefined): LlmError {
    const failure = transportFailure(error, { endpoint, timeoutMs: this.#options.timeoutMs, timedOut: timeout.fired, callerSignal: signal });
    return this.#error(failure.kind, failure.message, { cause: failure.cause });
  }

  #error(kind: LlmErrorKind, message: string, options: { status?: number; retryAfterMs?: number; cause?: unknown } = {}): LlmError {
    // Some servers echo the key in their error text.
    return new LlmError(kind, redactSecrets(message, this.#apiKey === undefined ? [] : [this.#apiKey]), options);
  }
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
