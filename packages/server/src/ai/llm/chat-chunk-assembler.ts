import { randomUUID } from 'node:crypto';
import type { ChatEvent, FinishReason } from './chat-event.js';

/** A tool call being assembled from its fragments. */
interface ToolCallSlot {
  id: string | undefined;
  name: string;
  argumentsText: string;
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

/**
 * Turns `chat.completion.chunk` objects into {@link ChatEvent}s: content deltas become text events at
 * once; tool call fragments (`delta.tool_calls[{index, id, function: {name, arguments}}]`) are joined
 * per `index` and parsed when the answer ends. Servers that omit `index` (older Ollama) send each
 * call whole, so a fragment without index but with a name starts a new call. A non-streaming
 * `chat.completion` is fed as one chunk whose delta is the message.
 */
export class ChatChunkAssembler {
  private readonly slots = new Map<number, ToolCallSlot>();
  private lastIndex: number | undefined;
  private reason: FinishReason | undefined;

  /** `fail` builds the error for a chunk that is not of the documented shape, or that carries the server's error. */
  constructor(private readonly fail: (problem: string, kind: 'bad-response' | 'server-error') => Error) {}

  /** The finish reason seen so far, if any. */
  get finishReason(): FinishReason | undefined {
    return this.reason;
  }

  /** The text events of one chunk; throws `fail(...)` for a chunk of the wrong shape or an error object. */
  add(chunk: unknown): ChatEvent[] {
    if (!isObject(chunk)) throw this.fail(`a chunk is ${snippet(JSON.stringify(chunk) ?? String(chunk))}, expected an object`, 'bad-response');
    if (chunk.error !== undefined && chunk.error !== null) {
      const error = chunk.error;
      const message = isObject(error) && typeof error.message === 'string' ? error.message : snippet(JSON.stringify(error) ?? String(error));
      throw this.fail(`the server reported an error mid-answer: ${message}`, 'server-error');
    }
    const choices = chunk.choices;
    // Usage-only chunks carry no choices.
    if (choices === undefined || (Array.isArray(choices) && choices.length === 0)) return [];
    if (!Array.isArray(choices) || !isObject(choices[0])) throw this.fail(`choices is ${snippet(JSON.stringify(choices) ?? 'missing')}, expected an array of objects`, 'bad-response');
    const choice = choices[0];
    const events: ChatEvent[] = [];
    const delta = choice.delta ?? choice.message;
    if (delta !== undefined && delta !== null) {
      if (!isObject(delta)) throw this.fail(`choices[0].delta is ${snippet(JSON.stringify(delta))}, expected an object`, 'bad-response');
      if (typeof delta.content === 'string' && delta.content.length > 0) events.push({ type: 'text', text: delta.content });
      else if (delta.content !== undefined && delta.content !== null && typeof delta.content !== 'string') {
        throw this.fail(`choices[0].delta.content is ${snippet(JSON.stringify(delta.content))}, expected a string`, 'bad-response');
      }
      if (delta.tool_calls !== undefined && delta.tool_calls !== null) this.addToolCalls(delta.tool_calls);
    }
    if (typeof choice.finish_reason === 'string' && choice.finish_reason.length > 0) this.reason = choice.finish_reason;
    return events;
  }

  /** The assembled tool calls (or their errors), in index order, then the finish event. */
  finish(): ChatEvent[] {
    const events: ChatEvent[] = [];
    for (const [index, slot] of [...this.slots.entries()].sort(([left], [right]) => left - right)) {
      // Some servers send no id; the tool result must still refer to one.
      const id = slot.id ?? `call_${randomUUID().slice(0, 8)}_${index}`;
      events.push(this.toolCallEvent(id, slot));
    }
    events.push({ type: 'finish', reason: this.reason ?? (this.slots.size > 0 ? 'tool_calls' : 'stop') });
    return events;
  }

  private toolCallEvent(id: string, slot: ToolCallSlot): ChatEvent {
    const base = { type: 'tool-call-error' as const, id, name: slot.name, argumentsText: slot.argumentsText };
    if (slot.name === '') return { ...base, message: `tool call ${id} has no function name` };
    if (slot.argumentsText.trim() === '') return { type: 'tool-call', toolCall: { id, name: slot.name, arguments: {} } };
    let parsed: unknown;
    try {
      parsed = JSON.parse(slot.argumentsText);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ...base, message: `the arguments of tool call ${id} (${slot.name}) are not valid JSON (${reason}): ${snippet(slot.argumentsText)}` };
    }
    if (!isObject(parsed)) return { ...base, message: `the arguments of tool call ${id} (${slot.name}) must be a JSON object, got ${snippet(slot.argumentsText)}` };
    return { type: 'tool-call', toolCall: { id, name: slot.name, arguments: parsed } };
  }

  private addToolCalls(fragments: unknown): void {
    if (!Array.isArray(fragments)) throw this.fail(`choices[0].delta.tool_calls is ${snippet(JSON.stringify(fragments))}, expected an array`, 'bad-response');
    for (const fragment of fragments) {
      if (!isObject(fragment)) throw this.fail(`a tool call fragment is ${snippet(JSON.stringify(fragment))}, expected an object`, 'bad-response');
      const fn = fragment.function ?? {};
      if (!isObject(fn)) throw this.fail(`a tool call fragment's function is ${snippet(JSON.stringify(fn))}, expected an object`, 'bad-response');
      const name = typeof fn.name === 'string' ? fn.name : '';
      const slot = this.slotFor(fragment.index, name);
      if (typeof fragment.id === 'string' && fragment.id.length > 0 && slot.id === undefined) slot.id = fragment.id;
      // OpenAI sends the name once; some servers repeat it in every fragment, a few split it.
      if (name !== '' && slot.name !== name) slot.name += name;
      if (typeof fn.arguments === 'string') slot.argumentsText += fn.arguments;
      else if (isObject(fn.arguments)) slot.argumentsText = JSON.stringify(fn.arguments);
    }
  }

  private slotFor(index: unknown, name: string): ToolCallSlot {
    let key: number;
    if (typeof index === 'number' && Number.isInteger(index) && index >= 0) key = index;
    else if (name !== '' || this.lastIndex === undefined) key = this.slots.size === 0 ? 0 : Math.max(...this.slots.keys()) + 1;
    else key = this.lastIndex;
    this.lastIndex = key;
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = { id: undefined, name: '', argumentsText: '' };
      this.slots.set(key, slot);
    }
    return slot;
  }
}
