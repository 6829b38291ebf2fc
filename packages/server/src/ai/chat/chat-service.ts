import type { Caller } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { ConversationRepository } from '../../storage/repositories/conversation-repository.js';
import type { ChatModel, ChatModelMessage } from './chat-model.js';
import type { ChatStreamEvent } from './chat-stream-event.js';
import { toolsFor, type ChatToolbox } from './chat-toolbox.js';
import { conversationView, messageView, type ChatMessageView, type ConversationView, type ConversationWithMessages } from './chat-views.js';
import { DEFAULT_CHAT_LIMITS, type ChatLimits } from './chat-limits.js';
import { historyFor } from './chat-history.js';
import { conversationTitle } from './conversation-title.js';
import { runModelTurn } from './model-turn.js';
import { systemPrompt } from './system-prompt.js';
import { runTemplatedTurn } from './templated-turn.js';
import type { TurnOutcome } from './turn-outcome.js';

/** What the chat service needs. */
export interface ChatServiceOptions {
  readonly database: Database;
  readonly toolbox: ChatToolbox;
  /** The language model; `null` when none is configured (templated answers). */
  readonly model: ChatModel | null;
  readonly limits?: Partial<ChatLimits>;
  readonly now?: () => number;
  /** Told about failures that the person only sees as a short message (a templated answer that could not be built). */
  readonly onError?: (error: unknown) => void;
}

/** A question stored and waiting for its answer; `run` streams and stores the answer. */
export interface PendingReply {
  /** The stored question. */
  readonly question: ChatMessageView;
  /**
   * Answers, reporting through `onEvent`, and stores the answer (marked incomplete when cut short); ends with a
   * `done` or an `error` event. Resolves to the stored answer, or `null` when nothing was said.
   */
  run(options: { readonly signal: AbortSignal; readonly onEvent: (event: ChatStreamEvent) => void }): Promise<ChatMessageView | null>;
  /** Gives the conversation back without answering (the stream could not be opened); the question stays stored. */
  abandon(): void;
}

/**
 * The AI Lab's conversations: stored per user (another user's answer as missing ones), each question answered by
 * the configured language model with the server's tools, or without one by templated answers from the same data.
 */
export class ChatService {
  private readonly conversations: ConversationRepository;
  private readonly limits: ChatLimits;
  private readonly now: () => number;
  /** Conversations with an answer being written in this process: one at a time each. */
  private readonly answering = new Set<string>();

  constructor(private readonly options: ChatServiceOptions) {
    this.conversations = new ConversationRepository(options.database.db);
    this.limits = { ...DEFAULT_CHAT_LIMITS, ...options.limits };
    this.now = options.now ?? Date.now;
  }

  /** True when a language model answers; false: templated answers. */
  get modelConfigured(): boolean {
    return this.options.model !== null;
  }

  /** Starts a conversation; refused (409) when the caller has reached the limit. */
  async createConversation(caller: Caller, title?: string): Promise<ConversationView> {
    const trimmed = title?.trim();
    const created = await this.conversations.createWithin(caller.userId, trimmed === undefined || trimmed === '' ? null : trimmed, this.limits.conversationsPerUser);
    if (created === null) {
      throw new AppError('GS_ERR_CONFLICT', `you have ${this.limits.conversationsPerUser} conversations, the most allowed; delete one to start another`);
    }
    return conversationView(created);
  }

  /** The caller's conversations, the most recently active first. */
  async listConversations(caller: Caller): Promise<ConversationView[]> {
    return (await this.conversations.listFor(caller.userId, this.limits.conversationsPerUser)).map(conversationView);
  }

  /** One of the caller's conversations with its messages; 404 for another user's. */
  async conversation(caller: Caller, id: string): Promise<ConversationWithMessages> {
    const found = await this.conversations.ownedBy(caller.userId, id);
    if (found === null) throw AppError.notFound(`no conversation ${id}`);
    return { ...conversationView(found), messages: (await this.conversations.messages(found.id)).map(messageView) };
  }

  /** Deletes one of the caller's conversations with its messages; 404 for another user's. */
  async deleteConversation(caller: Caller, id: string): Promise<void> {
    if (!(await this.conversations.deleteOwned(caller.userId, id))) throw AppError.notFound(`no conversation ${id}`);
  }

  /**
   * Checks and stores a question, before anything is streamed: 404 for another user's conversation, 400 for an
   * empty or too long question, 409 while an answer in the conversation is being written or when it is full. The
   * first question names an untitled conversation.
   */
  async ask(caller: Caller, conversationId: string, content: string): Promise<PendingReply> {
    const question = content.trim();
    if (question === '') throw AppError.invalid('body.content', 'must not be blank');
    if (content.length > this.limits.messageChars) throw AppError.invalid('body.content', `must be at most ${this.limits.messageChars} characters`);
    const conversation = await this.conversations.ownedBy(caller.userId, conversationId);
    if (conversation === null) throw AppError.notFound(`no conversation ${conversationId}`);
    if (this.answering.has(conversation.id)) throw new AppError('GS_ERR_CONFLICT', 'an answer in this conversation is still being written; wait for it or stop it first');
    // A turn stores up to the question, its tool results and the answer: room for a few tool calls is kept.
    if ((await this.conversations.messageCount(conversation.id)) + 2 > this.limits.messagesPerConversation) {
      throw new AppError('GS_ERR_CONFLICT', `this conversation is full (${this.limits.messagesPerConversation} messages); start a new one`);
    }
    this.answering.add(conversation.id);
    try {
      const stored = await this.conversations.append(conversation.id, [{ role: 'user', content: question }]);
      if (stored === null || stored.length === 0) throw AppError.notFound(`no conversation ${conversationId}`);
      await this.conversations.nameIfUntitled(conversation.id, conversationTitle(question));
      return {
        question: messageView(stored[0]),
        run: (options) => this.answer(caller, conversation.id, question, options),
        abandon: () => this.answering.delete(conversation.id),
      };
    } catch (error) {
      this.answering.delete(conversation.id);
      throw error;
    }
  }

  private async answer(
    caller: Caller,
    conversationId: string,
    question: string,
    options: { readonly signal: AbortSignal; readonly onEvent: (event: ChatStreamEvent) => void },
  ): Promise<ChatMessageView | null> {
    const { signal, onEvent } = options;
    try {
      const outcome = await this.turn(caller, conversationId, question, options).catch((error: unknown): TurnOutcome => {
        this.options.onError?.(error);
        return { content: '', records: [], citations: [], incomplete: true, error: { code: 'GS_ERR_INTERNAL', message: 'the answer could not be written; the server log has the details' } };
      });
      const stored = await this.store(conversationId, outcome);
      if (signal.aborted) return stored;
      if (outcome.error !== null) onEvent({ type: 'error', ...outcome.error });
      else if (stored !== null) onEvent({ type: 'done', message: stored });
      return stored;
    } finally {
      this.answering.delete(conversationId);
    }
  }

  private async turn(caller: Caller, conversationId: string, question: string, options: { readonly signal: AbortSignal; readonly onEvent: (event: ChatStreamEvent) => void }): Promise<TurnOutcome> {
    const context = { caller, signal: options.signal };
    const { model, toolbox } = this.options;
    if (model === null) return runTemplatedTurn({ question, toolbox, context, emit: options.onEvent });
    const tools = toolsFor(toolbox, caller);
    const history = historyFor(await this.conversations.messages(conversationId));
    const messages: ChatModelMessage[] = [{ role: 'system', content: systemPrompt(caller, tools, this.now()) }, ...history];
    return runModelTurn({ model, messages, tools, context, maxRounds: this.limits.toolRounds, emit: options.onEvent });
  }

  /** Stores the turn's tool results and its answer; an answer with nothing said and no tool used is not stored. */
  private async store(conversationId: string, outcome: TurnOutcome): Promise<ChatMessageView | null> {
    if (outcome.content === '' && outcome.records.length === 0) return null;
    const rows = await this.conversations.append(conversationId, [
      ...outcome.records.map((record) => ({ role: 'tool' as const, content: record.content, toolCalls: [record.call], citations: record.citations })),
      { role: 'assistant', content: outcome.content, toolCalls: outcome.records.map((record) => record.call), citations: outcome.citations, incomplete: outcome.incomplete },
    ]);
    const answer = rows?.at(-1);
    return answer === undefined ? null : messageView(answer);
  }
}
