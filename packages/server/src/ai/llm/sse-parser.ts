/** One server-sent event: its type (`message` unless an `event:` field named another) and its data lines joined by `\n`. */
export interface SseEvent {
  readonly event: string;
  readonly data: string;
}

/**
 * Splits a `text/event-stream` body, fed in arbitrary pieces, into events as the WHATWG rules say:
 * lines end in CRLF, LF or CR; `:` lines are comments (keep-alives); `data:` lines accumulate; a
 * blank line dispatches the event. Pieces may cut a line (or a CRLF) anywhere.
 */
export class SseParser {
  private pending = '';
  private data: string[] = [];
  private eventType = '';

  /** The events completed by `text`. */
  push(text: string): SseEvent[] {
    this.pending += text;
    const events: SseEvent[] = [];
    let start = 0;
    for (let index = 0; index < this.pending.length; index += 1) {
      const character = this.pending[index];
      if (character !== '\n' && character !== '\r') continue;
      // A CR at the very end may be the first half of a CRLF split across pieces: wait for the next piece.
      if (character === '\r' && index === this.pending.length - 1) break;
      this.line(this.pending.slice(start, index), events);
      if (character === '\r' && this.pending[index + 1] === '\n') index += 1;
      start = index + 1;
    }
    this.pending = this.pending.slice(start);
    return events;
  }

  /**
   * Ends the stream and returns the event completed by a lone trailing CR, if any. True in
   * `truncated` when the stream stopped inside a line or an event (an unfinished event is dropped).
   */
  end(): { events: SseEvent[]; truncated: boolean } {
    const events: SseEvent[] = [];
    if (this.pending === '\r') {
      this.pending = '';
      this.line('', events);
    }
    const truncated = this.pending.length > 0 || this.data.length > 0;
    this.pending = '';
    this.data = [];
    this.eventType = '';
    return { events, truncated };
  }

  private line(line: string, events: SseEvent[]): void {
    if (line === '') {
      if (this.data.length > 0) events.push({ event: this.eventType || 'message', data: this.data.join('\n') });
      this.data = [];
      this.eventType = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.eventType = value;
    // `id` and `retry` matter to browsers reconnecting, not to one request's answer.
  }
}
