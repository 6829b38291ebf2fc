import type { ChatMessage } from './chat-message.js';
import type { LlmTool } from './llm-tool.js';
import type { ToolLoopEvent } from './tool-loop-event.js';

/** One question answered with tools by `runToolLoop`. */
export interface ToolLoopRequest {
  /** The conversation so far, ending with the person's question. */
  readonly messages: readonly ChatMessage[];
  readonly tools: readonly LlmTool[];
  /** Model calls at most (default 5); a model still asking for tools in the last one fails the loop. */
  readonly maxRounds?: number;
  readonly temperature?: number;
  readonly maxTokens?: number;
  /** Cancels the model calls and is passed to the tools. */
  readonly signal?: AbortSignal;
  /** Receives every event in order; a returned promise is awaited (back-pressure of a slow SSE client). */
  readonly onEvent: (event: ToolLoopEvent) => void | Promise<void>;
}
