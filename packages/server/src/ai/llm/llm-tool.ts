import type { ToolSpec } from './chat-request.js';

/** What an answer may cite, as the AI Lab API lists it. */
export type CitationKind = 'signal' | 'backtest' | 'document' | 'news' | 'quote' | 'agent' | 'portfolio';

/** A source the answer rests on, shown to the person beside it. */
export interface Citation {
  readonly kind: CitationKind;
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

/** What a tool gives back. */
export interface ToolResult {
  /** Sent to the model as the tool message (JSON text or prose). */
  readonly content: string;
  readonly citations?: readonly Citation[];
  /** One line for the person (`AAPL 187.44 USD at 15:59`); the start of `content` when absent. */
  readonly summary?: string;
}

/** Context of one tool run. */
export interface ToolRunContext {
  /** Aborted when the caller cancels the loop. */
  readonly signal: AbortSignal | undefined;
}

/** A tool the model may call in {@link runToolLoop}: its spec plus the code that runs it. */
export interface LlmTool extends ToolSpec {
  /** Runs with arguments already checked against `parameters`; a rejection is reported to the model as the tool result. */
  run(args: Readonly<Record<string, unknown>>, context: ToolRunContext): Promise<ToolResult>;
}
