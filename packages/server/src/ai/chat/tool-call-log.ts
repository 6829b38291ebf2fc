import type { Citation, RecordedToolCall } from '../../storage/schema/conversation-messages.js';
import type { ToolRecord } from './tool-record.js';

/** Key of a call by tool and arguments: the model's `tool` event and the tool's run meet on it. */
function keyOf(name: string, args: Readonly<Record<string, unknown>>): string {
  return `${name}|${JSON.stringify(args, Object.keys(args).sort())}`;
}

interface Entry {
  call: RecordedToolCall;
  summary: string;
  content: string | null;
  citations: readonly Citation[];
}

/**
 * The tool calls of one model turn. The loop announces a call (`tool` event, with the model's call id) and runs the
 * tool (without the id); this pairs the two by tool and arguments, in order, whichever comes first, so each stored
 * tool result carries the id the model gave its call.
 */
export class ToolCallLog {
  private readonly entries: Entry[] = [];
  private generated = 0;

  /** The loop announced a call. */
  announced(call: RecordedToolCall, summary: string): void {
    const key = keyOf(call.name, call.arguments);
    const ran = this.entries.find((entry) => entry.call.id.startsWith('unannounced-') && keyOf(entry.call.name, entry.call.arguments) === key);
    if (ran !== undefined) {
      ran.call = { ...ran.call, id: call.id };
      ran.summary = summary;
      return;
    }
    this.entries.push({ call, summary, content: null, citations: [] });
  }

  /** A tool ran with these arguments and returned `content` (or the error text the model was given). */
  ran(name: string, args: Readonly<Record<string, unknown>>, summary: string, content: string, citations: readonly Citation[]): void {
    const key = keyOf(name, args);
    const waiting = this.entries.find((entry) => entry.content === null && keyOf(entry.call.name, entry.call.arguments) === key);
    if (waiting !== undefined) {
      waiting.content = content;
      waiting.citations = citations;
      return;
    }
    this.generated += 1;
    this.entries.push({ call: { id: `unannounced-${this.generated}`, name, arguments: args }, summary, content, citations });
  }

  /** The calls in order; one announced but never run (aborted) has no result, said so. */
  records(): ToolRecord[] {
    return this.entries.map((entry) => ({ call: entry.call, summary: entry.summary, content: entry.content ?? '(not run: the answer ended first)', citations: entry.citations }));
  }
}
