import type { Citation } from '../../storage/schema/conversation-messages.js';
import type { ChatModel, ChatModelEvent, ChatModelMessage, ChatModelTool } from './chat-model.js';
import type { ChatStreamEvent } from './chat-stream-event.js';
import type { RunnableTool, ToolContext } from './chat-tool.js';
import { ToolCallLog } from './tool-call-log.js';
import type { TurnOutcome } from './turn-outcome.js';

/** Longest tool result handed to the model; longer ones are cut (the model is told). */
const TOOL_RESULT_CHARS = 12_000;

/** One answer by the language model. */
export interface ModelTurn {
  readonly model: ChatModel;
  /** System prompt, earlier messages, and the question last. */
  readonly messages: readonly ChatModelMessage[];
  readonly tools: readonly RunnableTool[];
  readonly context: ToolContext;
  readonly maxRounds: number;
  readonly emit: (event: ChatStreamEvent) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The tools as the model gets them: bound to the caller, results logged, long results cut. */
function boundTools(turn: ModelTurn, log: ToolCallLog): ChatModelTool[] {
  return turn.tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    parameters: tool.parameters,
    run: async (args) => {
      try {
        const output = await tool.run(args, turn.context);
        const content = output.content.length > TOOL_RESULT_CHARS ? `${output.content.slice(0, TOOL_RESULT_CHARS)}… (cut at ${TOOL_RESULT_CHARS} characters)` : output.content;
        log.ran(tool.name, args, tool.summary(args), content, output.citations);
        return { content, citations: output.citations };
      } catch (error) {
        log.ran(tool.name, args, tool.summary(args), `error: ${messageOf(error)}`, []);
        throw error;
      }
    },
  }));
}

/**
 * Runs the model's tool loop for one answer and passes its progress on as stream events: tokens, tool calls (with a
 * summary) and citations as they come, each citation once. Citations of tools whose results the loop did not report
 * as citations are sent at the end, so everything an answer used is cited. When the client leaves (the signal
 * aborts) or the model fails, the outcome keeps what was said so far, marked incomplete.
 */
export async function runModelTurn(turn: ModelTurn): Promise<TurnOutcome> {
  const log = new ToolCallLog();
  const cited = new Map<string, Citation>();
  const summaries = new Map(turn.tools.map((tool) => [tool.name, tool]));
  let content = '';
  let final: string | null = null;
  let error: TurnOutcome['error'] = null;
  const cite = (citation: Citation): void => {
    const key = `${citation.kind}|${citation.id}`;
    if (cited.has(key)) return;
    cited.set(key, citation);
    // Stored with the answer either way; sent only while someone listens.
    if (turn.context.signal?.aborted !== true) turn.emit({ type: 'citation', ...citation });
  };
  const onEvent = (event: ChatModelEvent): void => {
    // After the client left nothing more is sent, and nothing more counts as said.
    if (turn.context.signal?.aborted === true) return;
    switch (event.type) {
      case 'token':
        content += event.text;
        turn.emit(event);
        return;
      case 'tool': {
        const summary = event.summary.trim() === '' ? (summaries.get(event.name)?.summary(event.arguments) ?? event.name) : event.summary;
        log.announced({ id: event.id, name: event.name, arguments: event.arguments }, summary);
        turn.emit({ type: 'tool', id: event.id, name: event.name, arguments: event.arguments, summary });
        return;
      }
      case 'citation': {
        const { type: _type, ...citation } = event;
        cite(citation);
        return;
      }
      case 'done':
        final = event.content;
        for (const citation of event.citations) cite(citation);
        return;
      case 'error':
        error = { code: event.code, message: event.message };
        return;
    }
  };
  try {
    await turn.model.runToolLoop({ messages: turn.messages, tools: boundTools(turn, log), maxRounds: turn.maxRounds, signal: turn.context.signal, onEvent });
  } catch (thrown) {
    if (turn.context.signal?.aborted !== true && error === null) error = { code: 'GS_ERR_PROVIDER', message: `the language model failed: ${messageOf(thrown)}` };
  }
  const records = log.records();
  for (const record of records) for (const citation of record.citations) cite(citation);
  const aborted = turn.context.signal?.aborted === true;
  // The loop's final text wins when it has one (it is the whole answer); streamed tokens are what was said otherwise.
  const said = !aborted && error === null && final !== null && final !== '' ? final : content;
  return { content: said, records, citations: [...cited.values()], incomplete: aborted || error !== null || final === null, error: aborted ? null : error };
}
