import type { ChatMessage } from './chat-message.js';
import type { ToolParametersSchema } from './tool-parameter-schema.js';

/** A function the model may call: what it is for and the JSON schema of its arguments. */
export interface ToolSpec {
  /** 1-64 letters, digits, `_` or `-` (OpenAI's rule). */
  readonly name: string;
  readonly description: string;
  readonly parameters: ToolParametersSchema;
}

/** One call of the chat completions endpoint. */
export interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  /** Offered with `tool_choice: 'auto'`; none sent when empty. */
  readonly tools?: readonly ToolSpec[];
  /** Sampling temperature; the server's default when absent. */
  readonly temperature?: number;
  /** Upper bound of the answer's tokens (`max_tokens`); the server's default when absent. */
  readonly maxTokens?: number;
  /** Cancels the call (the client left). */
  readonly signal?: AbortSignal;
}
