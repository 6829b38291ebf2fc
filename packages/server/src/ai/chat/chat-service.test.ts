import { SignalEngine } from '@goldensignals/engine';
import { beforeAll, expect, it } from 'vitest';
import { LOCAL_OWNER, type Caller } from '../../auth/caller.js';
import type { ProviderChain } from '../../market-data/chain/provider-chain.js';
import { ConversationRepository } from '../../storage/repositories/conversation-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { CHAT_NOW, simulatorChain, storeSignal } from './chat-fixture.test-support.js';
import type { ChatLimits } from './chat-limits.js';
import type { ChatModel } from './chat-model.js';
import { ChatService } from './chat-service.js';
import type { ChatStreamEvent } from './chat-stream-event.js';
import { createChatToolbox } from './chat-toolbox.js';
import { useConversationTables } from './conversation-tables.test-support.js';
import { ScriptedChatModel } from './scripted-chat-model.test-support.js';
import { NO_MODEL_NOTE } from './templated/no-model-note.js';

describeStorage('ChatService', (context) => {
  useConversationTables(context);
  let chain: ProviderChain;
  const engine = new SignalEngine();
  beforeAll(() => {
    chain = simulatorChain(context.database);
  });

  function service(model: ChatModel | null, limits: Partial<ChatLimits> = {}): ChatService {
    const toolbox = createChatToolbox({ database: context.database, engine: () => engine, market: chain, now: () => CHAT_NOW });
    return new ChatService({ database: context.database, toolbox, model, limits, now: () => CHAT_NOW });
  }

  /** Asks and answers, collecting the stream's events. */
  async function converse(chat: ChatService, caller: Caller, conversationId: string, question: string, controller = new AbortController()) {
    const events: ChatStreamEvent[] = [];
    const pending = await chat.ask(caller, conversationId, question);
    const answer = await pending.run({ signal: controller.signal, onEvent: (event) => events.push(event) });
    return { question: pending.question, answer, events };
  }

  it('answers with the model: the system prompt and the question go in, tool calls run on real data, and the answer streams and is stored with its citations', async () => {
    const signal = await storeSignal(context.database, { symbol: 'AAPL', action: 'SELL' });
    const model = new ScriptedChatModel().answer({ call: 'get_signal', arguments: { symbol: 'AAPL' }, id: 'call_a' }, { say: 'AAPL is a SELL ' }, { say: 'because trend agents agree.' });
    const chat = service(model);
    const conversation = await chat.createConversation(LOCAL_OWNER);
    expect(conversation.title).toBe('New conversation');
    const { question, answer, events } = await converse(chat, LOCAL_OWNER, conversation.id, '  Why is AAPL a sell?  ');
    expect(question).toMatchObject({ role: 'user', content: 'Why is AAPL a sell?' });

    const [loop] = model.loops;
    expect(loop.messages[0].role).toBe('system');
    expect(loop.messages[0].content).toContain('Never invent, estimate or remember a price');
    expect(loop.messages[0].content).toContain('Today is 2024-03-15.');
    expect(loop.messages.slice(1)).toEqual([{ role: 'user', content: 'Why is AAPL a sell?' }]);
    expect(loop.tools).toEqual(['get_quote', 'get_signal', 'search_signals', 'compare_agents', 'get_backtest', 'portfolio_status']);
    expect(loop.maxRounds).toBe(5);
    expect(JSON.parse(loop.toolResults[0])).toMatchObject({ id: signal.id, symbol: 'AAPL', action: 'SELL', summary: signal.summary });

    const citation = { kind: 'signal', id: signal.id, title: `AAPL 1d SELL signal of ${signal.time}`, url: `/api/v1/signals/${signal.id}/details` };
    const call = { id: 'call_a', name: 'get_signal', arguments: { symbol: 'AAPL' } };
    expect(events.slice(0, -1)).toEqual([
      { type: 'tool', ...call, summary: 'latest AAPL signal' },
      { type: 'citation', ...citation },
      { type: 'token', text: 'AAPL is a SELL ' },
      { type: 'token', text: 'because trend agents agree.' },
    ]);
    expect(answer).toMatchObject({ role: 'assistant', content: 'AAPL is a SELL because trend agents agree.', toolCalls: [call], citations: [citation] });
    expect(answer).not.toHaveProperty('incomplete');
    expect(events.at(-1)).toEqual({ type: 'done', message: answer });

    const stored = await chat.conversation(LOCAL_OWNER, conversation.id);
    expect(stored.title).toBe('Why is AAPL a sell?');
    expect(stored.messages.map((message) => message.role)).toEqual(['user', 'tool', 'assistant']);
    expect(stored.messages[1]).toMatchObject({ content: loop.toolResults[0], toolCalls: [call], citations: [citation] });
    expect(stored.messages[2]).toEqual(answer);

    // The next question goes with the earlier question and answer, not the tool result (its data may have changed).
    model.answer({ say: 'Nothing new.' });
    await converse(chat, LOCAL_OWNER, conversation.id, 'anything new?');
    expect(model.loops[1].messages.slice(1)).toEqual([
      { role: 'user', content: 'Why is AAPL a sell?' },
      { role: 'assistant', content: 'AAPL is a SELL because trend agents agree.' },
      { role: 'user', content: 'anything new?' },
    ]);
    expect((await chat.conversation(LOCAL_OWNER, conversation.id)).title).toBe('Why is AAPL a sell?');
  });

  it("offers a viewer no backtest or portfolio tools, and feeds a tool's failure back to the model", async () => {
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const viewer = { userId: ada.id, role: 'viewer' } as const;
    const model = new ScriptedChatModel().answer({ call: 'get_signal', arguments: { symbol: 'NOPE' } }, { say: 'I have no signal for NOPE.' });
    const chat = service(model);
    const conversation = await chat.createConversation(viewer, 'Mine');
    const { answer } = await converse(chat, viewer, conversation.id, 'why is NOPE a buy');
    expect(model.loops[0].tools).toEqual(['get_quote', 'get_signal', 'search_signals', 'compare_agents']);
    expect(model.loops[0].messages[0].content).toContain("The user's role is viewer: they cannot run backtests or use paper portfolios.");
    expect(model.loops[0].toolResults).toEqual(['error: no signal is stored for NOPE; signals are generated for watchlist symbols as bars close, or on demand with POST /api/v1/signals/generate/NOPE']);
    expect(answer).toMatchObject({ content: 'I have no signal for NOPE.', toolCalls: [{ id: 'call_0', name: 'get_signal', arguments: { symbol: 'NOPE' } }] });
    expect(answer).not.toHaveProperty('citations');
    expect((await chat.conversation(viewer, conversation.id)).title).toBe('Mine');
  });

  it('stops when the client leaves, storing what was said so far marked incomplete, and sends nothing more', async () => {
    const model = new ScriptedChatModel().answer({ say: 'The first part' }, { waitForAbort: true }, { say: ' never said' });
    const chat = service(model);
    const conversation = await chat.createConversation(LOCAL_OWNER);
    const controller = new AbortController();
    const events: ChatStreamEvent[] = [];
    const pending = await chat.ask(LOCAL_OWNER, conversation.id, 'tell me everything');
    const answer = await pending.run({
      signal: controller.signal,
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'token') controller.abort();
      },
    });
    expect(events).toEqual([{ type: 'token', text: 'The first part' }]);
    expect(answer).toMatchObject({ role: 'assistant', content: 'The first part', incomplete: true });
    const stored = await chat.conversation(LOCAL_OWNER, conversation.id);
    expect(stored.messages.map((message) => [message.role, message.content, message.incomplete ?? false])).toEqual([
      ['user', 'tell me everything', false],
      ['assistant', 'The first part', true],
    ]);
    // The conversation is free again for the next question.
    model.answer({ say: 'ok' });
    expect((await converse(chat, LOCAL_OWNER, conversation.id, 'again')).answer).toMatchObject({ content: 'ok' });
  });

  it('reports a failing model as an error event and keeps the partial answer, marked incomplete', async () => {
    const model = new ScriptedChatModel()
      .answer({ say: 'Half an ' }, { reject: 'connect ECONNREFUSED 127.0.0.1:11434' })
      .answer({ error: { code: 'GS_ERR_PROVIDER', message: 'the model asked for tools 5 times; giving up' } });
    const chat = service(model);
    const conversation = await chat.createConversation(LOCAL_OWNER);
    const refused = await converse(chat, LOCAL_OWNER, conversation.id, 'hello?');
    expect(refused.events).toEqual([
      { type: 'token', text: 'Half an ' },
      { type: 'error', code: 'GS_ERR_PROVIDER', message: 'the language model failed: connect ECONNREFUSED 127.0.0.1:11434' },
    ]);
    expect(refused.answer).toMatchObject({ content: 'Half an ', incomplete: true });
    const gaveUp = await converse(chat, LOCAL_OWNER, conversation.id, 'and now?');
    expect(gaveUp.events).toEqual([{ type: 'error', code: 'GS_ERR_PROVIDER', message: 'the model asked for tools 5 times; giving up' }]);
    // Nothing was said and no tool used: no answer is stored for that question.
    expect(gaveUp.answer).toBeNull();
    expect((await chat.conversation(LOCAL_OWNER, conversation.id)).messages.map((message) => message.content)).toEqual(['hello?', 'Half an ', 'and now?']);
  });

  it('answers without a model through the same stream: lookups, citations, token chunks of the templated text, then done', async () => {
    const signal = await storeSignal(context.database, { symbol: 'MSFT', action: 'HOLD' });
    const chat = service(null);
    expect(chat.modelConfigured).toBe(false);
    const conversation = await chat.createConversation(LOCAL_OWNER);
    const { answer, events } = await converse(chat, LOCAL_OWNER, conversation.id, 'explain MSFT');
    expect(events[0]).toEqual({ type: 'tool', id: 'lookup-1', name: 'get_signal', arguments: { symbol: 'MSFT' }, summary: 'latest MSFT signal' });
    expect(events[1]).toEqual({ type: 'citation', kind: 'signal', id: signal.id, title: `MSFT 1d HOLD signal of ${signal.time}`, url: `/api/v1/signals/${signal.id}/details` });
    const tokens = events.filter((event) => event.type === 'token');
    expect(tokens.length).toBeGreaterThan(10);
    const text = tokens.map((event) => (event.type === 'token' ? event.text : '')).join('');
    expect(text.startsWith(NO_MODEL_NOTE)).toBe(true);
    expect(text).toContain('MSFT (1d) is a HOLD');
    expect(answer).toMatchObject({ content: text, toolCalls: [{ id: 'lookup-1', name: 'get_signal', arguments: { symbol: 'MSFT' } }], citations: [{ kind: 'signal', id: signal.id }] });
    expect(answer).not.toHaveProperty('incomplete');
    expect(events.at(-1)).toEqual({ type: 'done', message: answer });
  });

  it("refuses before streaming: blank or too long questions, another user's conversation, a second question while one is answered, and the limits", async () => {
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const adaCaller = { userId: ada.id, role: 'trader' } as const;
    const chat = service(new ScriptedChatModel().answer({ waitForAbort: true }), { conversationsPerUser: 2, messagesPerConversation: 4, messageChars: 50 });
    const conversation = await chat.createConversation(LOCAL_OWNER);
    await expect(chat.ask(LOCAL_OWNER, conversation.id, '   ')).rejects.toMatchObject({ code: 'GS_ERR_VALIDATION', message: 'body.content must not be blank' });
    await expect(chat.ask(LOCAL_OWNER, conversation.id, 'x'.repeat(51))).rejects.toMatchObject({ code: 'GS_ERR_VALIDATION', message: 'body.content must be at most 50 characters' });
    await expect(chat.ask(adaCaller, conversation.id, 'mine?')).rejects.toMatchObject({ code: 'GS_ERR_NOT_FOUND', message: `no conversation ${conversation.id}` });
    await expect(chat.conversation(adaCaller, conversation.id)).rejects.toMatchObject({ code: 'GS_ERR_NOT_FOUND' });
    await expect(chat.deleteConversation(adaCaller, conversation.id)).rejects.toMatchObject({ code: 'GS_ERR_NOT_FOUND' });

    const controller = new AbortController();
    const first = await chat.ask(LOCAL_OWNER, conversation.id, 'first');
    const running = first.run({ signal: controller.signal, onEvent: () => undefined });
    await expect(chat.ask(LOCAL_OWNER, conversation.id, 'second')).rejects.toMatchObject({ code: 'GS_ERR_CONFLICT', message: 'an answer in this conversation is still being written; wait for it or stop it first' });
    controller.abort();
    await running;

    await chat.createConversation(LOCAL_OWNER);
    await expect(chat.createConversation(LOCAL_OWNER)).rejects.toMatchObject({ code: 'GS_ERR_CONFLICT', message: 'you have 2 conversations, the most allowed; delete one to start another' });
    expect(await chat.createConversation(adaCaller)).toMatchObject({ title: 'New conversation' });

    // 'first' and nothing stored for its answer: 1 message; 'third' and its answer make 3; a fourth turn would pass 4.
    await new ConversationRepository(context.database.db).append(conversation.id, [{ role: 'user', content: 'third' }, { role: 'assistant', content: 'answer' }]);
    await expect(chat.ask(LOCAL_OWNER, conversation.id, 'fourth')).rejects.toMatchObject({ code: 'GS_ERR_CONFLICT', message: 'this conversation is full (4 messages); start a new one' });

    await chat.deleteConversation(LOCAL_OWNER, conversation.id);
    expect((await chat.listConversations(LOCAL_OWNER)).map((item) => item.id)).not.toContain(conversation.id);
  });
});
