/** One server-sent event: its type (`message` unless an `event:` line named another) and its `data:` lines joined by `\n`. */
export interface SseEvent {
  readonly event: string;
  readonly data: string;
}

/**
 * Splits a `text/event-stream` body, fed as decoded text in pieces cut anywhere, into events by the WHATWG rules: lines
 * end in CRLF, LF or CR; lines starting with `:` are comments (the server's keep-alives); `data:` lines accumulate; a
 * blank line dispatches the event; an event without data is dropped. `id` and `retry` only matter to EventSource
 * reconnecting, which one POST answer never does.
 */
export class SseParser {
  private buffered = '';
  private dataLines: string[] = [];
  private eventType = '';

  /** The events that `text` completes. */
  push(text: string): SseEvent[] {
    const events: SseEvent[] = [];
    this.buffered += text;
    let lineStart = 0;
    for (let index = 0; index < this.buffered.length; index += 1) {
      const character = this.buffered[index];
      if (character !== '\n' && character !== '\r') continue;
      // A CR ending this piece may be half of a CRLF whose LF comes with the next one.
      if (character === '\r' && index === this.buffered.length - 1) break;
      this.takeLine(this.buffered.slice(lineStart, index), events);
      if (character === '\r' && this.buffered[index + 1] === '\n') index += 1;
      lineStart = index + 1;
    }
    this.buffered = this.buffered.slice(lineStart);
    return events;
  }

  /** Ends the stream: the event a final lone CR completes, if any; `truncated` when it stopped inside a line or an event. */
  end(): { readonly events: SseEvent[]; readonly truncated: boolean } {
    const events: SseEvent[] = [];
    if (this.buffered === '\r') {
      this.buffered = '';
      this.takeLine('', events);
    }
    const truncated = this.buffered !== '' || this.dataLines.length > 0;
    this.buffered = '';
    this.dataLines = [];
    this.eventType = '';
    return { events, truncated };
  }

  private takeLine(line: string, events: SseEvent[]): void {
    if (line === '') {
      if (this.dataLines.length > 0) events.push({ event: this.eventType === '' ? 'message' : this.eventType, data: this.dataLines.join('\n') });
      this.dataLines = [];
      this.eventType = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const raw = colon === -1 ? '' : line.slice(colon + 1);
    const value = raw.startsWith(' ') ? raw.slice(1) : raw;
    if (field === 'data') this.dataLines.push(value);
    else if (field === 'event') this.eventType = value;
  }
}
