import type { Citation, RecordedToolCall } from '../../storage/schema/conversation-messages.js';
import type { ToolParametersSchema } from '../llm/tool-parameter-schema.js';

/**
 * One message sent to the language model, in the shape of the OpenAI-compatible client (server/src/ai/llm/
 * chat-message.ts): system instructions, the person's questions, the assistant's earlier answers, tool results.
 */
export type ChatModelMessage =
  | { readonly role: 'system'; readonly content: string }
  | { readonly role: 'user'; readonly content: string }
  | { readonly role: 'assistant'; readonly content: string; readonly toolCalls?: readonly RecordedToolCall[] }
  | { readonly role: 'tool'; readonly toolCallId: string; readonly content: string };

/** What a tool hands back to the model: compact text (usually JSON) and the sources it read. */
export interface ChatModelToolResult {
  readonly content: string;
  readonly citations?: readonly Citation[];
}

/** A tool offered to the model, already bound to the caller it acts for. */
export interface ChatModelTool {
  /** 1-64 letters, digits, `_` or `-`. */
  readonly name: string;
  readonly description: string;
  readonly parameters: ToolParametersSchema;
  /** Runs the tool; a rejection goes back to the model as the tool's result text. */
  run(args: Readonly<Record<string, unknown>>): Promise<ChatModelToolResult>;
}

/** What the tool loop reports while it answers; the same shapes the SSE stream sends (plus `type`). */
export type ChatModelEvent =
  | { readonly type: 'token'; readonly text: string }
  | { readonly type: 'tool'; readonly id: string; readonly name: string; readonly arguments: Readonly<Record<string, unknown>>; readonly summary: string }
  | ({ readonly type: 'citation' } & Citation)
  | { readonly type: 'done'; readonly content: string; readonly citations: readonly Citation[] }
  | { readonly type: 'error'; readonly code: string; readonly message: string };

/** One answer: the conversation so far, the tools, and where to report progress. */
export interface ToolLoopRequest {
  readonly messages: readonly ChatModelMessage[];
  readonly tools: readonly ChatModelTool[];
  /** Most model calls before giving up with an error. */
  readonly maxRounds?: number;
  /** Aborted when the client leaves: the loop stops calling the model and the tools. */
  readonly signal?: AbortSignal;
  readonly onEvent: (event: ChatModelEvent) => void;
}

/**
 * A language model that answers with tools: asks the model, runs the tools it calls, feeds their results back and
 * asks again until a final answer (H6's `OpenAiCompatibleClient.runToolLoop`). It reports through `onEvent`; what it
 * resolves to is not used. It may reject (aborted, endpoint unreachable) instead of emitting an `error` event.
 */
export interface ChatModel {
  runToolLoop(request: ToolLoopRequest): Promise<unknown>;
}
