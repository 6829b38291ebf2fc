import { describe, expect, it } from 'vitest';
import { SseParser } from './sse-parser.js';

function parseInPieces(text: string, size: number): { data: string[]; truncated: boolean } {
  const parser = new SseParser();
  const data: string[] = [];
  for (let start = 0; start < text.length; start += size) data.push(...parser.push(text.slice(start, start + size)).map((event) => event.data));
  const end = parser.end();
  return { data: [...data, ...end.events.map((event) => event.data)], truncated: end.truncated };
}

describe('SseParser', () => {
  const body = ': keep-alive\n\ndata: {"a":1}\n\ndata:{"b":2}\r\n\r\nevent: error\ndata: line one\ndata: line two\n\ndata: [DONE]\r\r';

  it.each([1, 2, 3, 7, 1000])('gives the same events whatever the piece size (%i characters)', (size) => {
    expect(parseInPieces(body, size)).toEqual({ data: ['{"a":1}', '{"b":2}', 'line one\nline two', '[DONE]'], truncated: false });
  });

  it('names the event type from an event field and defaults to message', () => {
    const events = new SseParser().push('event: error\ndata: x\n\ndata: y\n\n');
    expect(events).toEqual([
      { event: 'error', data: 'x' },
      { event: 'message', data: 'y' },
    ]);
  });

  it('holds back an event until its blank line and reports a stream cut inside it', () => {
    const parser = new SseParser();
    expect(parser.push('data: {"a":')).toEqual([]);
    expect(parser.push('1}\n')).toEqual([]);
    expect(parser.end()).toEqual({ events: [], truncated: true });
  });

  it('removes only one space after the colon', () => {
    expect(new SseParser().push('data:  two spaces\n\n')).toEqual([{ event: 'message', data: ' two spaces' }]);
  });
});
