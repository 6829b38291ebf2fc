import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf } from '../../market-data/chain/rejection-of.test-support.js';
import type { ChatMessage } from './chat-message.js';
import { LlmError } from './llm-error.js';
import type { LlmTool, ToolResult } from './llm-tool.js';
import { OpenAiCompatibleClient } from './openai-compatible-client.js';
import { openAiErrorBody, startOpenAiCompatibleServer, type OpenAiCompatibleServer } from './openai-compatible-server.test-support.js';
import type { ToolLoopEvent } from './tool-loop-event.js';
import type { ToolParametersSchema } from './tool-parameter-schema.js';

let server: OpenAiCompatibleServer;

beforeAll(async () => {
  server = await startOpenAiCompatibleServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

const QUOTE_PARAMETERS: ToolParametersSchema = {
  type: 'object',
  properties: { symbol: { type: 'string', description: 'Ticker symbol, e.g. AAPL' } },
  required: ['symbol'],
  additionalProperties: false,
};

/** A get_quote tool that records its calls and answers from a fixed table (or fails for unknown symbols). */
function quoteTool(calls: Readonly<Record<string, unknown>>[] = []): LlmTool {
  const prices: Record<string, number> = { AAPL: 187.44, MSFT: 411.22 };
  return {
    name: 'get_quote',
    description: 'Latest quote of a symbol',
    parameters: QUOTE_PARAMETERS,
    run(args): Promise<ToolResult> {
      calls.push(args);
      const symbol = String(args.symbol);
      const price = prices[symbol];
      if (price === undefined) return Promise.reject(new Error(`no quote source knows ${symbol}`));
      return Promise.resolve({
        content: JSON.stringify({ symbol, price, currency: 'USD' }),
        summary: `${symbol} ${price} USD`,
        citations: [{ kind: 'quote', id: symbol, title: `${symbol} quote` }],
      });
    },
  };
}

function client(): OpenAiCompatibleClient {
  return new OpenAiCompatibleClient({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 2_000, retryDelayMs: 20 });
}

const QUESTION: ChatMessage[] = [
  { role: 'system', content: 'You answer questions about markets.' },
  { role: 'user', content: 'What is Apple trading at?' },
];

describe('runToolLoop', () => {
  it('runs a tool the model asks for with fragmented arguments and sends the result back with its tool_call_id', async () => {
    server.enqueue(
      { kind: 'tool-calls', calls: [{ id: 'call_q1', name: 'get_quote', arguments: '{"symbol": "AAPL"}', fragments: 5 }] },
      { kind: 'text', pieces: ['Apple trades at ', '187.44 USD.'] },
    );
    const calls: Readonly<Record<string, unknown>>[] = [];
    const events: ToolLoopEvent[] = [];
    const result = await client().runToolLoop({ messages: QUESTION, tools: [quoteTool(calls)], temperature: 0, onEvent: (event) => void events.push(event) });

    expect(calls).toEqual([{ symbol: 'AAPL' }]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1].body).toEqual({
      model: 'test-model',
      messages: [
        { role: 'system', content: 'You answer questions about markets.' },
        { role: 'user', content: 'What is Apple trading at?' },
        { role: 'assistant', content: '', tool_calls: [{ id: 'call_q1', type: 'function', function: { name: 'get_quote', arguments: '{"symbol":"AAPL"}' } }] },
        { role: 'tool', tool_call_id: 'call_q1', content: '{"symbol":"AAPL","price":187.44,"currency":"USD"}' },
      ],
      stream: true,
      tools: [{ type: 'function', function: { name: 'get_quote', description: 'Latest quote of a symbol', parameters: QUOTE_PARAMETERS } }],
      tool_choice: 'auto',
      temperature: 0,
    });

    const answer = { content: 'Apple trades at 187.44 USD.', toolCalls: [{ id: 'call_q1', name: 'get_quote', arguments: { symbol: 'AAPL' } }], citations: [{ kind: 'quote', id: 'AAPL', title: 'AAPL quote' }] };
    expect(events).toEqual([
      { type: 'tool', id: 'call_q1', name: 'get_quote', arguments: { symbol: 'AAPL' }, summary: 'AAPL 187.44 USD' },
      { type: 'citation', kind: 'quote', id: 'AAPL', title: 'AAPL quote' },
      { type: 'token', text: 'Apple trades at ' },
      { type: 'token', text: '187.44 USD.' },
      { type: 'done', answer, messages: result.messages },
    ]);
    expect(result.answer).toEqual(answer);
    expect(result.messages).toEqual([
      { role: 'assistant', content: '', toolCalls: [{ id: 'call_q1', name: 'get_quote', arguments: { symbol: 'AAPL' } }] },
      { role: 'tool', toolCallId: 'call_q1', content: '{"symbol":"AAPL","price":187.44,"currency":"USD"}' },
      { role: 'assistant', content: 'Apple trades at 187.44 USD.' },
    ]);
  });

  it('runs two tool calls of one turn and returns both results in call order', async () => {
    server.enqueue(
      {
        kind: 'tool-calls',
        text: 'Let me look. ',
        calls: [
          { id: 'call_a', name: 'get_quote', arguments: '{"symbol":"AAPL"}' },
          { id: 'call_m', name: 'get_quote', arguments: '{"symbol":"MSFT"}' },
        ],
      },
      { kind: 'text', pieces: ['Microsoft is higher.'] },
    );
    const events: ToolLoopEvent[] = [];
    const result = await client().runToolLoop({ messages: QUESTION, tools: [quoteTool()], onEvent: (event) => void events.push(event) });
    const messages = (server.requests[1].body as { messages: unknown[] }).messages.slice(2);
    expect(messages).toEqual([
      {
        role: 'assistant',
        content: 'Let me look. ',
        tool_calls: [
          { id: 'call_a', type: 'function', function: { name: 'get_quote', arguments: '{"symbol":"AAPL"}' } },
          { id: 'call_m', type: 'function', function: { name: 'get_quote', arguments: '{"symbol":"MSFT"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_a', content: '{"symbol":"AAPL","price":187.44,"currency":"USD"}' },
      { role: 'tool', tool_call_id: 'call_m', content: '{"symbol":"MSFT","price":411.22,"currency":"USD"}' },
    ]);
    expect(events.map((event) => event.type)).toEqual(['token', 'tool', 'citation', 'tool', 'citation', 'token', 'done']);
    expect(result.answer.content).toBe('Let me look. Microsoft is higher.');
    expect(result.answer.citations.map((citation) => citation.id)).toEqual(['AAPL', 'MSFT']);
  });

  it('feeds a failing tool, bad arguments, malformed JSON and an unknown tool back to the model as tool results', async () => {
    server.enqueue(
      {
        kind: 'tool-calls',
        calls: [
          { id: 'call_1', name: 'get_quote', arguments: '{"symbol":"ZZZZ"}' },
          { id: 'call_2', name: 'get_quote', arguments: '{"symbol":5}' },
          { id: 'call_3', name: 'get_quote', arguments: '{"symbol":' },
          { id: 'call_4', name: 'get_news', arguments: '{}' },
        ],
      },
      { kind: 'text', pieces: ['I could not get a quote for ZZZZ.'] },
    );
    const calls: Readonly<Record<string, unknown>>[] = [];
    const events: ToolLoopEvent[] = [];
    const result = await client().runToolLoop({ messages: QUESTION, tools: [quoteTool(calls)], onEvent: (event) => void events.push(event) });

    expect(calls).toEqual([{ symbol: 'ZZZZ' }]);
    const toolMessages = (server.requests[1].body as { messages: { role: string; tool_call_id?: string; content: string }[] }).messages.filter((message) => message.role === 'tool');
    expect(toolMessages.map((message) => [message.tool_call_id, message.content])).toEqual([
      ['call_1', 'Error: get_quote failed: no quote source knows ZZZZ'],
      ['call_2', 'Error: invalid arguments for get_quote: symbol must be a string, got 5.'],
      ['call_3', expect.stringMatching(/^Error: the arguments of tool call call_3 \(get_quote\) are not valid JSON \(.+\): \{"symbol":\. Call the tool again with a JSON object as its arguments\.$/)],
      ['call_4', 'Error: there is no tool named "get_news"; the tools are get_quote.'],
    ]);
    const summaries = events.flatMap((event) => (event.type === 'tool' ? [event.summary] : []));
    expect(summaries[0]).toBe('get_quote failed: no quote source knows ZZZZ');
    expect(summaries[1]).toBe('invalid arguments for get_quote: symbol must be a string, got 5');
    expect(result.answer.content).toBe('I could not get a quote for ZZZZ.');
  });

  it('fails with a clear error when the model still asks for tools after maxRounds', async () => {
    server.enqueue(
      { kind: 'tool-calls', calls: [{ id: 'call_1', name: 'get_quote', arguments: '{"symbol":"AAPL"}' }] },
      { kind: 'tool-calls', calls: [{ id: 'call_2', name: 'get_quote', arguments: '{"symbol":"AAPL"}' }] },
      { kind: 'text', pieces: ['unused'] },
    );
    const calls: Readonly<Record<string, unknown>>[] = [];
    const events: ToolLoopEvent[] = [];
    const error = await rejectionOf(client().runToolLoop({ messages: QUESTION, tools: [quoteTool(calls)], maxRounds: 2, onEvent: (event) => void events.push(event) }), LlmError);
    expect(error.kind).toBe('tool-rounds-exceeded');
    expect(error.message).toBe('the model still asked for tools (get_quote) after 2 rounds without a final answer');
    expect(server.requests).toHaveLength(2);
    expect(calls).toHaveLength(1);
    expect(events.at(-1)).toEqual({
      type: 'error',
      code: 'GS_ERR_PROVIDER',
      message: 'the language model failed: the model still asked for tools (get_quote) after 2 rounds without a final answer',
    });
  });

  it('emits an error event and rejects when the model server fails mid-loop', async () => {
    server.enqueue(
      { kind: 'tool-calls', calls: [{ id: 'call_1', name: 'get_quote', arguments: '{"symbol":"AAPL"}' }] },
      { kind: 'http-error', status: 400, body: openAiErrorBody("This model's maximum context length is 8192 tokens") },
    );
    const events: ToolLoopEvent[] = [];
    const error = await rejectionOf(client().runToolLoop({ messages: QUESTION, tools: [quoteTool()], onEvent: (event) => void events.push(event) }), LlmError);
    expect(error.kind).toBe('server-error');
    expect(events.map((event) => event.type)).toEqual(['tool', 'citation', 'error']);
    expect(events.at(-1)).toEqual({
      type: 'error',
      code: 'GS_ERR_PROVIDER',
      message: `the language model failed: POST ${server.baseUrl}/chat/completions: HTTP 400 Bad Request: This model's maximum context length is 8192 tokens`,
    });
  });

  it('sends each citation once however many calls return it', async () => {
    server.enqueue(
      {
        kind: 'tool-calls',
        calls: [
          { id: 'call_1', name: 'get_quote', arguments: '{"symbol":"AAPL"}' },
          { id: 'call_2', name: 'get_quote', arguments: '{"symbol":"AAPL"}' },
        ],
      },
      { kind: 'text', pieces: ['Same price twice.'] },
    );
    const events: ToolLoopEvent[] = [];
    const result = await client().runToolLoop({ messages: QUESTION, tools: [quoteTool()], onEvent: (event) => void events.push(event) });
    expect(events.filter((event) => event.type === 'citation')).toEqual([{ type: 'citation', kind: 'quote', id: 'AAPL', title: 'AAPL quote' }]);
    expect(result.answer.citations).toEqual([{ kind: 'quote', id: 'AAPL', title: 'AAPL quote' }]);
    expect(result.answer.toolCalls.map((call) => call.id)).toEqual(['call_1', 'call_2']);
  });

  it('answers at once when the model needs no tool', async () => {
    server.enqueue({ kind: 'text', pieces: ['Hello.'] });
    const events: ToolLoopEvent[] = [];
    const result = await client().runToolLoop({ messages: QUESTION, tools: [quoteTool()], onEvent: (event) => void events.push(event) });
    expect(events).toEqual([
      { type: 'token', text: 'Hello.' },
      { type: 'done', answer: { content: 'Hello.', toolCalls: [], citations: [] }, messages: [{ role: 'assistant', content: 'Hello.' }] },
    ]);
    expect(result.messages).toHaveLength(1);
  });

  it('rejects a tool whose schema uses keywords it cannot check, before calling the model', async () => {
    const tool: LlmTool = { ...quoteTool(), parameters: { type: 'object', properties: { symbol: { type: 'string' } }, oneOf: [] } as unknown as ToolParametersSchema };
    const events: ToolLoopEvent[] = [];
    const error = await rejectionOf(client().runToolLoop({ messages: QUESTION, tools: [tool], onEvent: (event) => void events.push(event) }), TypeError);
    expect(error.message).toBe('tool get_quote: parameters uses "oneOf", which tool parameters do not support');
    expect(events).toEqual([{ type: 'error', code: 'GS_ERR_INTERNAL', message: 'internal error while answering' }]);
    expect(server.requests).toHaveLength(0);
  });
});
