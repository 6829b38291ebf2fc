import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the local model server received, its JSON body parsed. */
export interface RecordedRequest {
  readonly method: string;
  /** e.g. `/v1/chat/completions`. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body (the raw text when it was not JSON). */
  readonly body: unknown;
}

/** A tool call the scripted model makes. */
export interface ScriptedToolCall {
  /** `call_<n>` when absent. */
  readonly id?: string;
  readonly name: string;
  /** The arguments text exactly as the model writes it (may be malformed on purpose). */
  readonly arguments: string;
  /** Into how many stream chunks the arguments text is cut (default 3). */
  readonly fragments?: number;
}

/**
 * One scripted answer. Chat answers stream when the request says `stream: true`, unless `stream`
 * overrides it.
 * - `text`: the answer in `pieces` (one chunk each), finish `stop`; `cut` ends the stream after the
 *   pieces without finish_reason or [DONE], cleanly (`end`) or by destroying the socket (`destroy`).
 * - `tool-calls`: optional text, then each call with its arguments cut into fragments, finish `tool_calls`.
 *   `withoutIndex` leaves out `index` and `id` and sends each call whole, as older Ollama does.
 * - `http-error`: that status with `body` (use `openAiErrorBody`).
 * - `hang`: never answers. `stall`: streams `pieces`, then goes silent without closing.
 * - `reset`: destroys the connection before answering.
 * - `raw`: writes `writes` as they are to a `text/event-stream` answer (or `contentType`), then ends (`end`) or resets (`destroy`).
 * - `json`: answers `body` as JSON with status 200, on any path.
 * - `embeddings`: the given vectors, or deterministic vectors of `dimensions` for each input.
 */
export type ScriptedReply =
  | { readonly kind: 'text'; readonly pieces: readonly string[]; readonly finishReason?: string; readonly stream?: boolean; readonly cut?: 'end' | 'destroy' }
  | { readonly kind: 'tool-calls'; readonly calls: readonly ScriptedToolCall[]; readonly text?: string; readonly stream?: boolean; readonly withoutIndex?: boolean }
  | { readonly kind: 'http-error'; readonly status: number; readonly body?: unknown; readonly headers?: Readonly<Record<string, string>> }
  | { readonly kind: 'hang' }
  | { readonly kind: 'stall'; readonly pieces: readonly string[] }
  | { readonly kind: 'reset' }
  | { readonly kind: 'raw'; readonly writes: readonly string[]; readonly ending: 'end' | 'destroy'; readonly contentType?: string }
  | { readonly kind: 'json'; readonly body: unknown }
  | { readonly kind: 'embeddings'; readonly vectors: readonly (readonly number[])[] }
  | { readonly kind: 'embeddings'; readonly dimensions: number };

/** A local HTTP server speaking OpenAI's chat completions and embeddings wire format from a script. */
export interface OpenAiCompatibleServer {
  /** `http://127.0.0.1:<port>/v1`. */
  readonly baseUrl: string;
  /** Every request received so far, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Appends replies; each request takes the next one. */
  enqueue(...replies: ScriptedReply[]): void;
  /** Scripted replies not used yet. */
  readonly pending: number;
  /** Forgets the requests and the replies left (between tests). */
  reset(): void;
  close(): Promise<void>;
}

/** OpenAI's error body: `{error: {message, type, param, code}}`. */
export function openAiErrorBody(message: string, type = 'invalid_request_error', code: string | null = null): unknown {
  return { error: { message, type, param: null, code } };
}

/** `data: <json>` plus the blank line that ends an SSE event. */
export function sseData(payload: unknown): string {
  return `data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`;
}

/** A `chat.completion.chunk` with one choice. */
export function completionChunk(delta: Record<string, unknown>, finishReason: string | null = null, model = 'test-model'): unknown {
  return { id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1_700_000_000, model, system_fingerprint: 'fp_test', choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] };
}

/** Deterministic unit-length vectors: the same text always gives the same vector. */
export function deterministicVector(text: string, dimensions: number): number[] {
  let seed = 2166136261;
  for (const character of text) seed = Math.imul(seed ^ (character.codePointAt(0) ?? 0), 16777619) >>> 0;
  const raw = Array.from({ length: dimensions }, (_, index) => Math.sin(seed + index * 12.9898));
  const norm = Math.hypot(...raw) || 1;
  return raw.map((value) => value / norm);
}

function splitInto(text: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / Math.max(1, parts)));
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces.length === 0 ? [''] : pieces;
}

function isChatReply(reply: ScriptedReply): boolean {
  return reply.kind === 'text' || reply.kind === 'tool-calls' || reply.kind === 'stall';
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** The stream chunks of a tool-calls reply. */
function toolCallChunks(reply: Extract<ScriptedReply, { kind: 'tool-calls' }>, model: string): unknown[] {
  const chunks: unknown[] = [completionChunk({ role: 'assistant', content: reply.text ?? null }, null, model)];
  reply.calls.forEach((call, index) => {
    const id = call.id ?? `call_${index + 1}`;
    if (reply.withoutIndex) {
      chunks.push(completionChunk({ tool_calls: [{ function: { name: call.name, arguments: call.arguments } }] }, null, model));
      return;
    }
    chunks.push(completionChunk({ tool_calls: [{ index, id, type: 'function', function: { name: call.name, arguments: '' } }] }, null, model));
    for (const fragment of splitInto(call.arguments, call.fragments ?? 3)) {
      chunks.push(completionChunk({ tool_calls: [{ index, function: { arguments: fragment } }] }, null, model));
    }
  });
  chunks.push(completionChunk({}, 'tool_calls', model));
  return chunks;
}

/** The non-streaming `chat.completion` of a text or tool-calls reply. */
function completion(reply: Extract<ScriptedReply, { kind: 'text' | 'tool-calls' }>, model: string): unknown {
  const message =
    reply.kind === 'text'
      ? { role: 'assistant', content: reply.pieces.join('') }
      : {
          role: 'assistant',
          content: reply.text ?? null,
          tool_calls: reply.calls.map((call, index) => ({ id: call.id ?? `call_${index + 1}`, type: 'function', function: { name: call.name, arguments: call.arguments } })),
        };
  const finishReason = reply.kind === 'text' ? (reply.finishReason ?? 'stop') : 'tool_calls';
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

async function writeStream(response: ServerResponse, writes: readonly string[], contentType = 'text/event-stream; charset=utf-8'): Promise<void> {
  response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-cache', connection: 'keep-alive' });
  for (const text of writes) {
    response.write(text);
    // Separate writes so the client sees the answer arrive in pieces.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function answerChat(reply: ScriptedReply, request: RecordedRequest, response: ServerResponse): Promise<void> {
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
  const model = typeof body.model === 'string' ? body.model : 'test-model';
  if (reply.kind === 'stall') {
    await writeStream(response, [sseData(completionChunk({ role: 'assistant', content: '' }, null, model)), ...reply.pieces.map((piece) => sseData(completionChunk({ content: piece }, null, model)))]);
    return;
  }
  if (reply.kind !== 'text' && reply.kind !== 'tool-calls') return;
  const stream = reply.stream ?? body.stream === true;
  if (!stream) {
    sendJson(response, 200, completion(reply, model));
    return;
  }
  if (reply.kind === 'tool-calls') {
    await writeStream(response, [...toolCallChunks(reply, model).map(sseData), sseData('[DONE]')]);
    response.end();
    return;
  }
  const chunks = [completionChunk({ role: 'assistant', content: '' }, null, model), ...reply.pieces.map((piece) => completionChunk({ content: piece }, null, model))];
  if (reply.cut !== undefined) {
    await writeStream(response, chunks.map(sseData));
    if (reply.cut === 'destroy') response.destroy();
    else response.end();
    return;
  }
  await writeStream(response, [...chunks, completionChunk({}, reply.finishReason ?? 'stop', model)].map(sseData).concat(sseData('[DONE]')));
  response.end();
}

function answerEmbeddings(reply: Extract<ScriptedReply, { kind: 'embeddings' }>, request: RecordedRequest, response: ServerResponse): void {
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
  const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input)];
  const vectors = 'vectors' in reply ? reply.vectors : inputs.map((input) => deterministicVector(input, reply.dimensions));
  sendJson(response, 200, {
    object: 'list',
    data: vectors.map((embedding, index) => ({ object: 'embedding', embedding, index })),
    model: typeof body.model === 'string' ? body.model : 'test-embeddings',
    usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
  });
}

async function answer(reply: ScriptedReply | undefined, request: RecordedRequest, response: ServerResponse): Promise<void> {
  if (reply === undefined) {
    sendJson(response, 500, openAiErrorBody(`no scripted reply left for ${request.method} ${request.path}`, 'server_error'));
    return;
  }
  const wantsChat = request.path.endsWith('/chat/completions');
  const wantsEmbeddings = request.path.endsWith('/embeddings');
  if ((isChatReply(reply) && !wantsChat) || (reply.kind === 'embeddings' && !wantsEmbeddings)) {
    sendJson(response, 500, openAiErrorBody(`the scripted ${reply.kind} reply does not fit ${request.method} ${request.path}`, 'server_error'));
    return;
  }
  switch (reply.kind) {
    case 'http-error':
      sendJson(response, reply.status, reply.body ?? '', reply.headers);
      return;
    case 'hang':
      return;
    case 'reset':
      response.socket?.destroy();
      return;
    case 'raw':
      await writeStream(response, reply.writes, reply.contentType);
      if (reply.ending === 'destroy') response.destroy();
      else response.end();
      return;
    case 'json':
      sendJson(response, 200, reply.body);
      return;
    case 'embeddings':
      answerEmbeddings(reply, request, response);
      return;
    default:
      await answerChat(reply, request, response);
  }
}

/** Starts the server on a free loopback port; close it in `afterAll`. */
export async function startOpenAiCompatibleServer(): Promise<OpenAiCompatibleServer> {
  const requests: RecordedRequest[] = [];
  let queue: ScriptedReply[] = [];
  const unfinished = new Set<ServerResponse>();
  const server = createServer((incoming, response) => {
    unfinished.add(response);
    response.on('close', () => unfinished.delete(response));
    const parts: Buffer[] = [];
    incoming.on('data', (part: Buffer) => parts.push(part));
    incoming.on('end', () => {
      const text = Buffer.concat(parts).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Recorded as text: a test asserting on the body will show what arrived.
      }
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const request: RecordedRequest = { method: incoming.method ?? 'GET', path: url.pathname, headers: incoming.headers, body };
      requests.push(request);
      answer(queue.shift(), request, response).catch((error: unknown) => {
        if (!response.headersSent) sendJson(response, 500, openAiErrorBody(String(error), 'server_error'));
        else response.destroy();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue(...replies) {
      queue.push(...replies);
    },
    get pending() {
      return queue.length;
    },
    reset() {
      requests.length = 0;
      queue = [];
      // Hanging answers of the last test must not linger; idle keep-alive connections stay for the next one.
      for (const response of unfinished) response.destroy();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
