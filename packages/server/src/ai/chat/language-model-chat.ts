import type { OpenAiCompatibleClient } from '../llm/openai-compatible-client.js';
import type { ChatModel, ToolLoopRequest } from './chat-model.js';

/**
 * The AI Lab's {@link ChatModel} on an OpenAI-compatible endpoint: the client's tool loop, with its `done` event (the
 * whole answer and the messages it added) reported as the chat's `done` (the text and citations to store).
 */
export class LanguageModelChat implements ChatModel {
  constructor(private readonly client: Pick<OpenAiCompatibleClient, 'runToolLoop'>) {}

  runToolLoop(request: ToolLoopRequest): Promise<unknown> {
    return this.client.runToolLoop({
      messages: request.messages.map((message) => (message.role === 'assistant' && message.toolCalls !== undefined ? { ...message, toolCalls: [...message.toolCalls] } : message)),
      tools: request.tools.map((tool) => ({ ...tool, run: (args) => tool.run(args) })),
      maxRounds: request.maxRounds,
      signal: request.signal,
      onEvent: (event) => {
        if (event.type === 'done') request.onEvent({ type: 'done', content: event.answer.content, citations: event.answer.citations });
        else request.onEvent(event);
      },
    });
  }
}
