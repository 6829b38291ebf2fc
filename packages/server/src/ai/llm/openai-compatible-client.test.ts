import { inspect } from 'node:util';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf } from '../../market-data/chain/rejection-of.test-support.js';
import type { ChatEvent } from './chat-event.js';
import { LlmError } from './llm-error.js';
import { OpenAiCompatibleClient, type OpenAiCompatibleClientOptions } from './openai-compatible-client.js';
import {
  completionChunk,
  deterministicVector,
  openAiErrorBody,
  sseData,
  startOpenAiCompatibleServer,
  type OpenAiCompatibleServer,
} from './openai-compatible-server.test-support.js';

const KEY = 'sk-test-Secret-42';
let server: OpenAiCompatibleServer;

beforeAll(async () => {
  server = await startOpenAiCompatibleServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

function client(options: Partial<OpenAiCompatibleClientOptions> = {}): OpenAiCompatibleClient {
  return new OpenAiCompatibleClient({ baseUrl: server.baseUrl, apiKey: KEY, model: 'test-model', timeoutMs: 2_000, retryDelayMs: 20, ...options });
}

/** The events a chat yielded before it ended, and the error it ended with, if any. */
async function run(events: AsyncIterable<ChatEvent>): Promise<{ events: ChatEvent[]; error: LlmError | undefined }> {
  const seen: ChatEvent[] = [];
  try {
    for await (const event of events) seen.push(event);
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    return { events: seen, error };
  }
  return { events: seen, error: undefined };
}

async function failure(events: AsyncIterable<ChatEvent>): Promise<LlmError> {
  const { error } = await run(events);
  if (error === undefined) throw new Error('expected the chat to fail');
  return error;
}

const ASK = { messages: [{ role: 'user' as const, content: 'Hi' }] };
const CHAT_ENDPOINT = (): string => `POST ${server.baseUrl}/chat/completions`;

describe('OpenAiCompatibleClient.chat', () => {
  it('streams text deltas as they arrive and sends model, messages, stream and the bearer key', async () => {
    server.enqueue({ kind: 'text', pieces: ['Hel', 'lo, ', 'wörld 👋'] });
    const { events, error } = await run(client().chat({ messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }], temperature: 0.2 }));
    expect(error).toBeUndefined();
    expect(events).toEqual([
      { type: 'text', text: 'Hel' },
      { type: 'text', text: 'lo, ' },
      { type: 'text', text: 'wörld 👋' },
      { type: 'finish', reason: 'stop' },
    ]);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toEqual({
      model: 'test-model',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ],
      stream: true,
      temperature: 0.2,
    });
  });

  it('sends no authorization header without a key', async () => {
    server.enqueue({ kind: 'text', pieces: ['ok'] });
    await run(client({ apiKey: undefined }).chat(ASK));
    expect(server.requests[0].headers.authorization).toBeUndefined();
  });

  it('reads a plain JSON chat.completion when the server does not stream', async () => {
    server.enqueue({ kind: 'tool-calls', calls: [{ id: 'call_9', name: 'get_quote', arguments: '{"symbol":"MSFT"}' }], text: 'Checking.', stream: false });
    const { events } = await run(client().chat(ASK));
    expect(events).toEqual([
      { type: 'text', text: 'Checking.' },
      { type: 'tool-call', toolCall: { id: 'call_9', name: 'get_quote', arguments: { symbol: 'MSFT' } } },
      { type: 'finish', reason: 'tool_calls' },
    ]);
  });

  it('joins tool call arguments sent in fragments and offers the tools with tool_choice auto', async () => {
    server.enqueue({ kind: 'tool-calls', calls: [{ name: 'get_quote', arguments: '{"symbol": "AAPL", "fields": ["price"]}', fragments: 7 }] });
    const parameters = { type: 'object' as const, properties: { symbol: { type: 'string' as const } }, required: ['symbol'] };
    const { events } = await run(client().chat({ ...ASK, tools: [{ name: 'get_quote', description: 'Latest quote', parameters }] }));
    expect(events).toEqual([
      { type: 'tool-call', toolCall: { id: 'call_1', name: 'get_quote', arguments: { symbol: 'AAPL', fields: ['price'] } } },
      { type: 'finish', reason: 'tool_calls' },
    ]);
    expect(server.requests[0].body).toMatchObject({ tools: [{ type: 'function', function: { name: 'get_quote', description: 'Latest quote', parameters } }], tool_choice: 'auto' });
  });

  it('assembles whole tool calls that come without index or id, as older Ollama sends them', async () => {
    server.enqueue({
      kind: 'tool-calls',
      withoutIndex: true,
      calls: [
        { name: 'get_quote', arguments: '{"symbol":"AAPL"}' },
        { name: 'get_quote', arguments: '{"symbol":"MSFT"}' },
      ],
    });
    const { events } = await run(client().chat(ASK));
    const calls = events.flatMap((event) => (event.type === 'tool-call' ? [event.toolCall] : []));
    expect(calls.map((call) => call.arguments)).toEqual([{ symbol: 'AAPL' }, { symbol: 'MSFT' }]);
    expect(new Set(calls.map((call) => call.id)).size).toBe(2);
  });

  it('reports malformed tool call arguments as an event instead of failing', async () => {
    server.enqueue({ kind: 'tool-calls', calls: [{ id: 'call_x', name: 'get_quote', arguments: '{"symbol": "AAPL"' }] });
    const { events, error } = await run(client().chat(ASK));
    expect(error).toBeUndefined();
    expect(events[0]).toMatchObject({ type: 'tool-call-error', id: 'call_x', name: 'get_quote', argumentsText: '{"symbol": "AAPL"' });
    expect(events[0].type === 'tool-call-error' && events[0].message).toMatch(/^the arguments of tool call call_x \(get_quote\) are not valid JSON \(.+\): \{"symbol": "AAPL"$/);
  });

  it('times out a server that never answers, naming the endpoint', async () => {
    server.enqueue({ kind: 'hang' });
    const started = performance.now();
    const error = await failure(client({ timeoutMs: 150 }).chat(ASK));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`${CHAT_ENDPOINT()}: no data for 150 ms (timeout)`);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(server.requests).toHaveLength(1);
  });

  it('times out a stream that stalls after some text, keeping the text already passed on', async () => {
    server.enqueue({ kind: 'stall', pieces: ['The price'] });
    const { events, error } = await run(client({ timeoutMs: 150 }).chat(ASK));
    expect(events).toEqual([{ type: 'text', text: 'The price' }]);
    expect(error?.kind).toBe('timeout');
  });

  it('fails on 401 with the server message, without retrying and without the key', async () => {
    server.enqueue({ kind: 'http-error', status: 401, body: openAiErrorBody(`Incorrect API key provided: ${KEY}.`, 'invalid_request_error', 'invalid_api_key') });
    const error = await failure(client().chat(ASK));
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(401);
    expect(error.message).toBe(`${CHAT_ENDPOINT()}: HTTP 401 Unauthorized: Incorrect API key provided: ***. (the server refused the API key)`);
    expect(server.requests).toHaveLength(1);
  });

  it('quotes the message of an OpenAI error body on 500 and does not retry it', async () => {
    server.enqueue({ kind: 'http-error', status: 500, body: openAiErrorBody('The model crashed while loading', 'server_error') });
    const error = await failure(client().chat(ASK));
    expect(error.kind).toBe('server-error');
    expect(error.message).toBe(`${CHAT_ENDPOINT()}: HTTP 500 Internal Server Error: The model crashed while loading`);
    expect(server.requests).toHaveLength(1);
  });

  it('quotes Ollama-style string errors', async () => {
    server.enqueue({ kind: 'http-error', status: 404, body: { error: 'model "llama9" not found, try pulling it first' } });
    const error = await failure(client().chat(ASK));
    expect(error.message).toBe(`${CHAT_ENDPOINT()}: HTTP 404 Not Found: model "llama9" not found, try pulling it first`);
  });

  it('fails on a chunk that is not JSON, naming it', async () => {
    server.enqueue({ kind: 'raw', writes: [sseData(completionChunk({ content: 'Hi' })), 'data: {"choices": [oops\n\n'], ending: 'end' });
    const { events, error } = await run(client().chat(ASK));
    expect(events).toEqual([{ type: 'text', text: 'Hi' }]);
    expect(error?.kind).toBe('bad-response');
    expect(error?.message).toBe(`${CHAT_ENDPOINT()}: a stream chunk is not JSON: {"choices": [oops`);
  });

  it('fails on an error object sent mid-stream', async () => {
    server.enqueue({ kind: 'raw', writes: [sseData({ error: { message: 'context length exceeded', type: 'invalid_request_error' } })], ending: 'end' });
    const error = await failure(client().chat(ASK));
    expect(error.kind).toBe('server-error');
    expect(error.message).toBe(`${CHAT_ENDPOINT()}: the server reported an error mid-answer: context length exceeded`);
  });

  it('fails when the stream ends without finish_reason or [DONE], and does not retry after text was passed on', async () => {
    server.enqueue({ kind: 'text', pieces: ['Partial ', 'answer'], cut: 'end' }, { kind: 'text', pieces: ['unused'] });
    const { events, error } = await run(client().chat(ASK));
    expect(events).toEqual([
      { type: 'text', text: 'Partial ' },
      { type: 'text', text: 'answer' },
    ]);
    expect(error?.kind).toBe('incomplete-answer');
    expect(error?.message).toBe(`${CHAT_ENDPOINT()}: the stream ended before the answer was complete (no finish_reason and no [DONE])`);
    expect(server.requests).toHaveLength(1);
  });

  it('fails when the connection is reset mid-answer, without retrying', async () => {
    server.enqueue({ kind: 'text', pieces: ['Partial'], cut: 'destroy' }, { kind: 'text', pieces: ['unused'] });
    const { events, error } = await run(client().chat(ASK));
    expect(events).toEqual([{ type: 'text', text: 'Partial' }]);
    expect(error?.kind).toBe('connection-lost');
    expect(error?.message).toMatch(new RegExp(`^${CHAT_ENDPOINT().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: the connection closed before the answer was complete`));
    expect(server.requests).toHaveLength(1);
  });

  it('accepts a stream that has a finish_reason but no [DONE]', async () => {
    server.enqueue({ kind: 'raw', writes: [sseData(completionChunk({ content: 'ok' })), sseData(completionChunk({}, 'stop'))], ending: 'end' });
    const { events, error } = await run(client().chat(ASK));
    expect(error).toBeUndefined();
    expect(events).toEqual([
      { type: 'text', text: 'ok' },
      { type: 'finish', reason: 'stop' },
    ]);
  });

  it('retries once after a connection reset before any token', async () => {
    server.enqueue({ kind: 'reset' }, { kind: 'text', pieces: ['second try'] });
    const { events, error } = await run(client().chat(ASK));
    expect(error).toBeUndefined();
    expect(events[0]).toEqual({ type: 'text', text: 'second try' });
    expect(server.requests).toHaveLength(2);
  });

  it('retries a 429 once, waiting the Retry-After, then answers', async () => {
    server.enqueue({ kind: 'http-error', status: 429, headers: { 'retry-after': '0' }, body: openAiErrorBody('Rate limit reached', 'requests') }, { kind: 'text', pieces: ['ok'] });
    const { events, error } = await run(client().chat(ASK));
    expect(error).toBeUndefined();
    expect(events).toEqual([
      { type: 'text', text: 'ok' },
      { type: 'finish', reason: 'stop' },
    ]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1].body).toEqual(server.requests[0].body);
  });

  it('gives up after one retry of a 429 or 503', async () => {
    server.enqueue({ kind: 'http-error', status: 503, body: openAiErrorBody('loading model') }, { kind: 'http-error', status: 429, body: openAiErrorBody('Rate limit reached') }, { kind: 'text', pieces: ['unused'] });
    const error = await failure(client().chat(ASK));
    expect(error.kind).toBe('rate-limited');
    expect(error.message).toBe(`${CHAT_ENDPOINT()}: HTTP 429 Too Many Requests: Rate limit reached`);
    expect(server.requests).toHaveLength(2);
  });

  it('does not wait out a Retry-After longer than 10 s', async () => {
    server.enqueue({ kind: 'http-error', status: 429, headers: { 'retry-after': '60' }, body: openAiErrorBody('Rate limit reached') }, { kind: 'text', pieces: ['unused'] });
    const error = await failure(client().chat(ASK));
    expect(error.retryAfterMs).toBe(60_000);
    expect(server.requests).toHaveLength(1);
  });

  it('names the endpoint when the connection is refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(client({ baseUrl: `http://127.0.0.1:${port}/v1` }).chat(ASK));
    expect(error.kind).toBe('connection-refused');
    expect(error.message).toBe(`POST http://127.0.0.1:${port}/v1/chat/completions: connection refused; is the language model server running?`);
  });

  it('stops when the caller cancels', async () => {
    server.enqueue({ kind: 'hang' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(client().chat({ ...ASK, signal: controller.signal }));
    expect(error.kind).toBe('cancelled');
  });

  it('refuses an answer that is neither an event stream nor JSON', async () => {
    server.enqueue({ kind: 'raw', writes: ['<html>proxy error</html>'], ending: 'end', contentType: 'text/html' });
    const error = await failure(client().chat(ASK));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toBe(`${CHAT_ENDPOINT()}: answered text/html, expected text/event-stream or application/json`);
  });

  it('checks tool specs before calling', async () => {
    const parameters = { type: 'object' as const };
    await expect(run(client().chat({ ...ASK, tools: [{ name: 'get quote', description: '', parameters }] }))).rejects.toThrow('tool name "get quote" must be 1-64 letters, digits, "_" or "-"');
    expect(server.requests).toHaveLength(0);
  });

  it('keeps the API key out of inspection and JSON', () => {
    const subject = client();
    expect(inspect(subject, { depth: 5, showHidden: true })).not.toContain(KEY);
    expect(JSON.stringify(subject)).not.toContain(KEY);
  });
});

describe('OpenAiCompatibleClient.embed', () => {
  it('returns one vector per text in input order and sends the embeddings model', async () => {
    server.enqueue({ kind: 'embeddings', dimensions: 8 });
    const texts = ['AAPL beats estimates', 'Fed holds rates', 'Oil slides'];
    const vectors = await client({ embeddingsModel: 'nomic-embed-text' }).embed(texts);
    expect(vectors.map((vector) => Array.from(vector))).toEqual(texts.map((text) => Array.from(Float32Array.from(deterministicVector(text, 8)))));
    expect(server.requests[0].path).toBe('/v1/embeddings');
    expect(server.requests[0].body).toEqual({ model: 'nomic-embed-text', input: texts });
    expect(server.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('orders the vectors by their index field', async () => {
    const body = { object: 'list', data: [{ embedding: [0, 1], index: 1 }, { embedding: [1, 0], index: 0 }], model: 'm', usage: {} };
    server.enqueue({ kind: 'json', body });
    const vectors = await client().embed(['first', 'second']);
    expect(vectors.map((vector) => Array.from(vector))).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('sends batches of the configured size and learns the dimensions from the first answer', async () => {
    server.enqueue({ kind: 'embeddings', dimensions: 4 }, { kind: 'embeddings', dimensions: 4 });
    const subject = client({ embeddingsBatchSize: 2 });
    expect(subject.embeddingDimensions).toBeUndefined();
    const vectors = await subject.embed(['a', 'b', 'c']);
    expect(vectors).toHaveLength(3);
    expect(server.requests.map((request) => (request.body as { input: string[] }).input)).toEqual([['a', 'b'], ['c']]);
    expect(subject.embeddingDimensions).toBe(4);
  });

  it('makes no request for no texts', async () => {
    expect(await client().embed([])).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses vectors of another length than configured', async () => {
    server.enqueue({ kind: 'embeddings', dimensions: 4 });
    const error = await rejectionOf(client({ embeddingDimensions: 768, embeddingsModel: 'e5' }).embed(['a']), LlmError);
    expect(error.kind).toBe('bad-response');
    expect(error.message).toBe(
      `POST ${server.baseUrl}/embeddings: the embeddings of model e5 have 4 dimensions, expected 768 (was the model changed? stored vectors would no longer compare)`,
    );
  });

  it('refuses an answer whose vectors differ in length or count', async () => {
    server.enqueue({ kind: 'embeddings', vectors: [[1, 0, 0], [1, 0]] }, { kind: 'embeddings', vectors: [[1, 0]] });
    const mixed = await rejectionOf(client().embed(['a', 'b']), LlmError);
    expect(mixed.message).toBe(`POST ${server.baseUrl}/embeddings: malformed embeddings answer: the embedding of input 1 has 2 dimensions, the first has 3`);
    const short = await rejectionOf(client().embed(['a', 'b']), LlmError);
    expect(short.message).toBe(`POST ${server.baseUrl}/embeddings: malformed embeddings answer: the answer holds 1 embeddings for 2 inputs`);
  });

  it('retries a 503 once', async () => {
    server.enqueue({ kind: 'http-error', status: 503, body: openAiErrorBody('warming up') }, { kind: 'embeddings', dimensions: 2 });
    expect(await client().embed(['a'])).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });
});
