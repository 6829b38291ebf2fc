import type { Citation } from '../../storage/schema/conversation-messages.js';
import type { ChatModel, ChatModelMessage, ToolLoopRequest } from './chat-model.js';

/** One step of a scripted answer. */
export type ScriptStep =
  | { readonly say: string }
  /** Calls a tool the way the tool loop does: announces it, runs it, cites what it returned. */
  | { readonly call: string; readonly arguments: Readonly<Record<string, unknown>>; readonly id?: string }
  /** Waits until the request's signal aborts (the client left), then rejects as the client's fetch would. */
  | { readonly waitForAbort: true }
  | { readonly reject: string }
  | { readonly error: { readonly code: string; readonly message: string } };

/** What the model was asked: the messages and the names of the tools offered. */
export interface RecordedLoop {
  readonly messages: readonly ChatModelMessage[];
  readonly tools: readonly string[];
  readonly maxRounds: number | undefined;
  /** What each tool call returned to the model (or its error text). */
  readonly toolResults: string[];
}

/**
 * A stand-in for the OpenAI-compatible client's tool loop in unit tests of the chat wiring: it follows a script per
 * answer (say text, call tools for real, wait for the client to leave, fail) and emits the loop's events as that
 * client does. The real client is tested against a server speaking the real wire format in ai/llm.
 */
export class ScriptedChatModel implements ChatModel {
  readonly loops: RecordedLoop[] = [];
  private readonly scripts: ScriptStep[][] = [];

  /** Queues the script of the next answer. */
  answer(...steps: ScriptStep[]): this {
    this.scripts.push(steps);
    return this;
  }

  async runToolLoop(request: ToolLoopRequest): Promise<void> {
    const script = this.scripts.shift();
    if (script === undefined) throw new Error('the scripted model has no answer queued');
    const loop: RecordedLoop = { messages: request.messages, tools: request.tools.map((tool) => tool.name), maxRounds: request.maxRounds, toolResults: [] };
    this.loops.push(loop);
    let content = '';
    const citations: Citation[] = [];
    for (const [k, step] of script.entries()) {
      if ('say' in step) {
        content += step.say;
        request.onEvent({ type: 'token', text: step.say });
      } else if ('call' in step) {
        const tool = request.tools.find((candidate) => candidate.name === step.call);
        if (tool === undefined) throw new Error(`the script calls ${step.call}, which was not offered`);
        request.onEvent({ type: 'tool', id: step.id ?? `call_${k}`, name: step.call, arguments: step.arguments, summary: '' });
        try {
          const result = await tool.run(step.arguments);
          loop.toolResults.push(result.content);
          for (const citation of result.citations ?? []) {
            citations.push(citation);
            request.onEvent({ type: 'citation', ...citation });
          }
        } catch (error) {
          loop.toolResults.push(`error: ${error instanceof Error ? error.message : String(error)}`);
        }
      } else if ('waitForAbort' in step) {
        await new Promise<void>((resolve) => {
          if (request.signal?.aborted === true) resolve();
          request.signal?.addEventListener('abort', () => resolve(), { once: true });
        });
        throw new DOMException('This operation was aborted', 'AbortError');
      } else if ('reject' in step) {
        throw new Error(step.reject);
      } else {
        request.onEvent({ type: 'error', ...step.error });
        return;
      }
    }
    request.onEvent({ type: 'done', content, citations });
  }
}
