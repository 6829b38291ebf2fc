/** A tool call the model asked for, its arguments parsed from the JSON text the model wrote. */
export interface ToolCall {
  /** The id the model gave the call; the tool's result refers to it (`tool_call_id`). */
  readonly id: string;
  readonly name: string;
  readonly arguments: Readonly<Record<string, unknown>>;
}

/** Instructions to the model. */
export interface SystemMessage {
  readonly role: 'system';
  readonly content: string;
}

/** What the person asked. */
export interface UserMessage {
  readonly role: 'user';
  readonly content: string;
}

/** What the model answered: text, tool calls, or both. */
export interface AssistantMessage {
  readonly role: 'assistant';
  readonly content: string;
  readonly toolCalls?: readonly ToolCall[];
}

/** The result of one tool call, sent back to the model. */
export interface ToolMessage {
  readonly role: 'tool';
  readonly toolCallId: string;
  readonly content: string;
}

/** One message of a conversation with the model. */
export type ChatMessage = SystemMessage | UserMessage | AssistantMessage | ToolMessage;
