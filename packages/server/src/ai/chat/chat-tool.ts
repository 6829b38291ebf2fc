import type { Caller } from '../../auth/caller.js';
import type { Citation } from '../../storage/schema/conversation-messages.js';
import type { ToolParametersSchema } from '../llm/tool-parameter-schema.js';

/** Who a tool acts for, and the signal that ends its work when the client leaves. */
export interface ToolContext {
  readonly caller: Caller;
  readonly signal?: AbortSignal;
}

/** What a tool gives the model: compact text (JSON) and the sources it read. */
export interface ToolOutput {
  readonly content: string;
  readonly citations: readonly Citation[];
}

/**
 * A tool of the assistant over the server's own data, typed end to end: `parse` checks what the model sent,
 * `execute` reads the data, `present` turns it into the model's compact text with citations. The templated answers
 * (no model configured) call `execute` directly and write their own text from the same data.
 */
export interface ChatTool<TArgs, TData> {
  /** snake_case, as the model calls it. */
  readonly name: string;
  /** For the model: what it returns and when to use it. */
  readonly description: string;
  readonly parameters: ToolParametersSchema;
  /** Least role that may use it: the same rule as the API route over the same data. */
  readonly role: Caller['role'];
  /** Checks the arguments, throwing a {@link ToolError} that names the field at fault. */
  parse(raw: Readonly<Record<string, unknown>>): TArgs;
  execute(args: TArgs, context: ToolContext): Promise<TData>;
  present(data: TData): ToolOutput;
  /** One line for the person watching: what the call looks up. */
  summary(args: TArgs): string;
}

/** A tool with its types erased, ready to be offered to the model or listed. */
export interface RunnableTool {
  readonly name: string;
  readonly description: string;
  readonly parameters: ToolParametersSchema;
  readonly role: Caller['role'];
  /** The call's one-line summary; the raw arguments when they do not parse. */
  summary(raw: Readonly<Record<string, unknown>>): string;
  run(raw: Readonly<Record<string, unknown>>, context: ToolContext): Promise<ToolOutput>;
}

/** Erases a tool's types: parse, execute and present in one call. */
export function runnable<TArgs, TData>(tool: ChatTool<TArgs, TData>): RunnableTool {
  return {
    name: tool.name,
    description: tool.description,
    parameters: tool.parameters,
    role: tool.role,
    summary: (raw) => {
      try {
        return tool.summary(tool.parse(raw));
      } catch {
        return `${tool.name} ${JSON.stringify(raw)}`;
      }
    },
    run: async (raw, context) => tool.present(await tool.execute(tool.parse(raw), context)),
  };
}

/** Why a tool could not answer, in words fit for the person and the model (no stack, no internals). */
export class ToolError extends Error {
  override readonly name = 'ToolError';
}
