import { describe, expect, it } from 'vitest';
import { SseParser, type SseEvent } from './sse-parser.js';

function parseInPieces(pieces: readonly string[]): { events: SseEvent[]; truncated: boolean } {
  const parser = new SseParser();
  const events = pieces.flatMap((piece) => parser.push(piece));
  const end = parser.end();
  return { events: [...events, ...end.events], truncated: end.truncated };
}

const STREAM = 'event: token\ndata: {"text":"Hel"}\n\n: keep-alive\n\nevent: token\ndata: {"text":"lo"}\n\nevent: done\ndata: {"message":{}}\n\n';
const EXPECTED: SseEvent[] = [
  { event: 'token', data: '{"text":"Hel"}' },
  { event: 'token', data: '{"text":"lo"}' },
  { event: 'done', data: '{"message":{}}' },
];

describe('SseParser', () => {
  it('splits a stream into named events and skips keep-alive comments', () => {
    expect(parseInPieces([STREAM])).toEqual({ events: EXPECTED, truncated: false });
  });

  it('gives the same events whatever the stream is cut into, one character at a time included', () => {
    expect(parseInPieces([...STREAM]).events).toEqual(EXPECTED);
    expect(parseInPieces([STREAM.slice(0, 9), STREAM.slice(9, 40), STREAM.slice(40)]).events).toEqual(EXPECTED);
  });

  it('accepts CRLF and CR line ends, even with a CRLF cut between two pieces', () => {
    const crlf = 'event: token\r\ndata: {"text":"a"}\r\n\r\n';
    expect(parseInPieces(['event: token\r', '\ndata: {"text":"a"}\r', '\n\r', '\n']).events).toEqual([{ event: 'token', data: '{"text":"a"}' }]);
    expect(parseInPieces([crlf.replaceAll('\r\n', '\r')]).events).toEqual([{ event: 'token', data: '{"text":"a"}' }]);
  });

  it('joins several data lines with a newline, keeps a second space, and calls an unnamed event "message"', () => {
    expect(parseInPieces(['data: first\ndata:  second\ndata\n\n']).events).toEqual([{ event: 'message', data: 'first\n second\n' }]);
  });

  it('drops an event without data and forgets its name at the blank line', () => {
    expect(parseInPieces(['event: tool\n\ndata: x\n\n']).events).toEqual([{ event: 'message', data: 'x' }]);
  });

  it('ignores id, retry and unknown fields', () => {
    expect(parseInPieces(['id: 7\nretry: 1000\nfoo: bar\nevent: token\ndata: y\n\n']).events).toEqual([{ event: 'token', data: 'y' }]);
  });

  it('reports a stream cut inside an event, without dispatching it', () => {
    expect(parseInPieces(['event: token\ndata: {"text":"a"}\n'])).toEqual({ events: [], truncated: true });
    expect(parseInPieces(['data: whole\n\ndata: par'])).toEqual({ events: [{ event: 'message', data: 'whole' }], truncated: true });
  });
});
