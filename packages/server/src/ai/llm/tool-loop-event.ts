import type { ErrorCode } from '../../errors/error-codes.js';
import type { ChatMessage, ToolCall } from './chat-message.js';
import type { Citation } from './llm-tool.js';

/** Part of the answer text. SSE `event: token`. */
export interface TokenLoopEvent {
  readonly type: 'token';
  readonly text: string;
}

/** A tool call that was run (or refused). SSE `event: tool`. */
export interface ToolLoopToolEvent {
  readonly type: 'tool';
  readonly id: string;
  readonly name: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  /** One line for the person: the tool's summary, or why the call failed. */
  readonly summary: string;
}

/** A source a tool returned, sent once per kind and id. SSE `event: citation`. */
export type CitationLoopEvent = { readonly type: 'citation' } & Citation;

/** The answer the loop ended with, to be stored. */
export interface ToolLoopAnswer {
  /** All text the model streamed (every round), as the token events carried it. */
  readonly content: string;
  /** Every tool call that was made, in order. */
  readonly toolCalls: readonly ToolCall[];
  /** Every distinct citation, in order of first appearance. */
  readonly citations: readonly Citation[];
}

/** The final result of a tool loop. */
export interface ToolLoopResult {
  readonly answer: ToolLoopAnswer;
  /**
   * The messages the loop added after the request's messages: for each round with tool calls an
   * assistant message and one tool message per call, then the final assistant message.
   */
  readonly messages: readonly ChatMessage[];
}

/** The loop ended with an answer. The SSE `done` event carries the stored message, which the caller builds from this. */
export type DoneLoopEvent = { readonly type: 'done' } & ToolLoopResult;

/** The loop failed. SSE `event: error` with `{code, message}`. */
export interface ErrorLoopEvent {
  readonly type: 'error';
  readonly code: ErrorCode;
  readonly message: string;
}

/**
 * What `runToolLoop` emits. Without `type`, the fields of token, tool, citation and error events are
 * exactly the SSE data of the AI Lab contract.
 */
export type ToolLoopEvent = TokenLoopEvent | ToolLoopToolEvent | CitationLoopEvent | DoneLoopEvent | ErrorLoopEvent;
