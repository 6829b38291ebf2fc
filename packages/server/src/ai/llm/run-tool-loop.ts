import type { ToolCallErrorEvent, ChatEvent } from './chat-event.js';
import type { ChatMessage, ToolCall } from './chat-message.js';
import type { ChatRequest } from './chat-request.js';
import { checkToolArguments } from './check-tool-arguments.js';
import { checkToolSpecs } from './check-tool-specs.js';
import { LlmError } from './llm-error.js';
import type { Citation, LlmTool, ToolResult } from './llm-tool.js';
import { toLlmAppError } from './to-llm-app-error.js';
import type { ToolLoopResult } from './tool-loop-event.js';
import type { ToolLoopRequest } from './tool-loop-request.js';

const DEFAULT_MAX_ROUNDS = 5;
const SUMMARY_LENGTH = 120;

/** A tool call as the model made it: well-formed, or with arguments that could not be read. */
type RequestedCall = { readonly kind: 'call'; readonly call: ToolCall } | { readonly kind: 'malformed'; readonly error: ToolCallErrorEvent };

/** The outcome of one call: what goes back to the model and what the person is shown. */
interface CallOutcome {
  readonly content: string;
  readonly summary: string;
  readonly citations: readonly Citation[];
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SUMMARY_LENGTH ? `${flat.slice(0, SUMMARY_LENGTH - 3)}...` : flat;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function asToolCall(requested: RequestedCall): ToolCall {
  // A malformed call is echoed back with empty arguments: its id must still match the tool message that explains the fault.
  return requested.kind === 'call' ? requested.call : { id: requested.error.id, name: requested.error.name || 'unknown', arguments: {} };
}

async function runCall(requested: RequestedCall, tools: ReadonlyMap<string, LlmTool>, signal: AbortSignal | undefined): Promise<CallOutcome> {
  if (requested.kind === 'malformed') {
    const message = requested.error.message;
    return { content: `Error: ${message}. Call the tool again with a JSON object as its arguments.`, summary: oneLine(`rejected: ${message}`), citations: [] };
  }
  const { call } = requested;
  const tool = tools.get(call.name);
  if (tool === undefined) {
    const message = `there is no tool named "${call.name}"; the tools are ${[...tools.keys()].join(', ') || 'none'}`;
    return { content: `Error: ${message}.`, summary: oneLine(`rejected: ${message}`), citations: [] };
  }
  const problems = checkToolArguments(call.arguments, tool.parameters);
  if (problems.length > 0) {
    const message = `invalid arguments for ${call.name}: ${problems.join('; ')}`;
    return { content: `Error: ${message}.`, summary: oneLine(message), citations: [] };
  }
  let result: ToolResult;
  try {
    result = await tool.run(call.arguments, { signal });
  } catch (error) {
    // A cancelled loop stops here; any other failure is the model's to work around.
    if (signal?.aborted) throw error;
    const message = `${call.name} failed: ${reasonOf(error)}`;
    return { content: `Error: ${message}`, summary: oneLine(message), citations: [] };
  }
  if (typeof result.content !== 'string') throw new TypeError(`tool ${call.name} returned no content string`);
  return { content: result.content, summary: oneLine(result.summary ?? result.content), citations: result.citations ?? [] };
}

/**
 * Answers the last message with tools: calls the model (streaming its text as `token` events), runs
 * every tool call it makes (arguments checked against the tool's schema; an unknown tool, bad
 * arguments or a thrown error go back to the model as the tool's result text, so it can correct
 * itself), emits a `tool` event per call and a `citation` event per new source, appends the assistant
 * message and the tool messages, and asks again until the model answers without tool calls. Then it
 * emits `done` and resolves with the answer and the added messages.
 *
 * Failure (the model server failing, a model still asking for tools in round `maxRounds`, a cancel)
 * emits one `error` event ({@link toLlmAppError}'s code and message) and then rejects with the error,
 * so a caller that pipes events to SSE has already told its client. Tool calls of one round run concurrently;
 * their events follow the order of the calls.
 */
export async function runToolLoop(chat: (request: ChatRequest) => AsyncIterable<ChatEvent>, request: ToolLoopRequest): Promise<ToolLoopResult> {
  try {
    const maxRounds = request.maxRounds ?? DEFAULT_MAX_ROUNDS;
    if (!Number.isInteger(maxRounds) || maxRounds < 1) throw new TypeError(`maxRounds must be a positive integer, got ${maxRounds}`);
    checkToolSpecs(request.tools);
    const tools = new Map(request.tools.map((tool) => [tool.name, tool]));
    const specs = request.tools.map(({ name, description, parameters }) => ({ name, description, parameters }));
    const transcript: ChatMessage[] = [...request.messages];
    const added: ChatMessage[] = [];
    const toolCalls: ToolCall[] = [];
    const citations: Citation[] = [];
    const cited = new Set<string>();
    let content = '';
    for (let round = 1; ; round += 1) {
      let roundText = '';
      const requested: RequestedCall[] = [];
      for await (const event of chat({ messages: transcript, tools: specs, temperature: request.temperature, maxTokens: request.maxTokens, signal: request.signal })) {
        if (event.type === 'text') {
          roundText += event.text;
          content += event.text;
          await request.onEvent({ type: 'token', text: event.text });
        } else if (event.type === 'tool-call') requested.push({ kind: 'call', call: event.toolCall });
        else if (event.type === 'tool-call-error') requested.push({ kind: 'malformed', error: event });
      }
      if (requested.length === 0) {
        added.push({ role: 'assistant', content: roundText });
        const result: ToolLoopResult = { answer: { content, toolCalls, citations }, messages: added };
        await request.onEvent({ type: 'done', ...result });
        return result;
      }
      if (round >= maxRounds) {
        const names = [...new Set(requested.map((call) => asToolCall(call).name))].join(', ');
        throw new LlmError('tool-rounds-exceeded', `the model still asked for tools (${names}) after ${maxRounds} rounds without a final answer`);
      }
      const calls = requested.map(asToolCall);
      const assistant: ChatMessage = { role: 'assistant', content: roundText, toolCalls: calls };
      transcript.push(assistant);
      added.push(assistant);
      const outcomes = await Promise.all(requested.map((call) => runCall(call, tools, request.signal)));
      for (const [index, outcome] of outcomes.entries()) {
        const call = calls[index];
        toolCalls.push(call);
        await request.onEvent({ type: 'tool', id: call.id, name: call.name, arguments: call.arguments, summary: outcome.summary });
        for (const citation of outcome.citations) {
          const key = `${citation.kind}:${citation.id}`;
          if (cited.has(key)) continue;
          cited.add(key);
          citations.push(citation);
          await request.onEvent({ type: 'citation', ...citation });
        }
        const toolMessage: ChatMessage = { role: 'tool', toolCallId: call.id, content: outcome.content };
        transcript.push(toolMessage);
        added.push(toolMessage);
      }
    }
  } catch (error) {
    const appError = toLlmAppError(error);
    try {
      await request.onEvent({ type: 'error', code: appError.code, message: appError.message });
    } catch {
      // The listener itself failed (a closed socket): the rejection below still reports the cause.
    }
    throw error;
  }
}
