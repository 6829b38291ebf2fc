import type { ToolCall } from './chat-message.js';

/**
 * Why the model stopped: `stop` (a final answer), `tool_calls` (it waits for tool results),
 * `length` (cut at the token limit), `content_filter`, or another word a server uses.
 */
export type FinishReason = string;

/** Part of the model's answer text, as it arrives. */
export interface TextEvent {
  readonly type: 'text';
  readonly text: string;
}

/** A tool call whose arguments arrived complete and parsed as a JSON object. */
export interface ToolCallEvent {
  readonly type: 'tool-call';
  readonly toolCall: ToolCall;
}

/** A tool call the model botched (arguments that are not a JSON object, no name): reported, not thrown. */
export interface ToolCallErrorEvent {
  readonly type: 'tool-call-error';
  readonly id: string;
  readonly name: string;
  /** The arguments text as the model wrote it. */
  readonly argumentsText: string;
  readonly message: string;
}

/** The end of the answer; always the last event. */
export interface FinishEvent {
  readonly type: 'finish';
  readonly reason: FinishReason;
}

/** What `OpenAiCompatibleClient.chat` yields: text as it streams, then the assembled tool calls, then the finish. */
export type ChatEvent = TextEvent | ToolCallEvent | ToolCallErrorEvent | FinishEvent;
