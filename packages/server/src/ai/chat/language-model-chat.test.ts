import { SignalEngine } from '@goldensignals/engine';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { LOCAL_OWNER } from '../../auth/caller.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { OpenAiCompatibleClient } from '../llm/openai-compatible-client.js';
import { startOpenAiCompatibleServer, type OpenAiCompatibleServer } from '../llm/openai-compatible-server.test-support.js';
import { CHAT_NOW, simulatorChain, storeSignal } from './chat-fixture.test-support.js';
import { ChatService } from './chat-service.js';
import type { ChatStreamEvent } from './chat-stream-event.js';
import { createChatToolbox } from './chat-toolbox.js';
import { LanguageModelChat } from './language-model-chat.js';

describeStorage('the AI Lab chat on an OpenAI-compatible endpoint (the real client and a local server speaking the wire format)', (context) => {
  let server: OpenAiCompatibleServer;
  beforeAll(async () => {
    server = await startOpenAiCompatibleServer();
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  it('runs the tool the model calls on stored data, sends its result back, and stores the streamed answer with its citation', async () => {
    const signal = await storeSignal(context.database, { symbol: 'AAPL', action: 'SELL' });
    server.enqueue(
      { kind: 'tool-calls', calls: [{ id: 'call_s1', name: 'get_signal', arguments: '{"symbol": "AAPL"}', fragments: 4 }] },
      { kind: 'text', pieces: ['AAPL is a SELL ', 'because its trend agents agree.'] },
    );
    const client = new OpenAiCompatibleClient({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5_000, retryDelayMs: 20 });
    const toolbox = createChatToolbox({ database: context.database, engine: () => new SignalEngine(), market: simulatorChain(context.database), now: () => CHAT_NOW });
    const chat = new ChatService({ database: context.database, toolbox, model: new LanguageModelChat(client), now: () => CHAT_NOW });
    const conversation = await chat.createConversation(LOCAL_OWNER);
    const events: ChatStreamEvent[] = [];
    const pending = await chat.ask(LOCAL_OWNER, conversation.id, 'Why is AAPL a sell?');
    const answer = await pending.run({ signal: new AbortController().signal, onEvent: (event) => events.push(event) });

    // The second request carries the tool's result, tied to the model's call id.
    expect(server.requests).toHaveLength(2);
    const followUp = server.requests[1].body as { messages: { role: string; tool_call_id?: string; content: string }[] };
    const toolMessage = followUp.messages.find((message) => message.role === 'tool');
    expect(toolMessage?.tool_call_id).toBe('call_s1');
    expect(JSON.parse(toolMessage?.content ?? '{}')).toMatchObject({ id: signal.id, symbol: 'AAPL', action: 'SELL' });

    expect(events.filter((event) => event.type === 'token').map((event) => (event.type === 'token' ? event.text : ''))).toEqual(['AAPL is a SELL ', 'because its trend agents agree.']);
    expect(events.find((event) => event.type === 'tool')).toMatchObject({ id: 'call_s1', name: 'get_signal', arguments: { symbol: 'AAPL' } });
    expect(events.find((event) => event.type === 'citation')).toMatchObject({ kind: 'signal', id: signal.id });
    expect(answer).toMatchObject({ role: 'assistant', content: 'AAPL is a SELL because its trend agents agree.', citations: [expect.objectContaining({ kind: 'signal', id: signal.id })] });
    const stored = await chat.conversation(LOCAL_OWNER, conversation.id);
    expect(stored.messages.map((message) => message.role)).toEqual(['user', 'tool', 'assistant']);
  });
});
