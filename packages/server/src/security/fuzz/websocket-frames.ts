import fc from 'fast-check';
import { hostileString } from './hostile-string.js';

/** One thing to send on a WebSocket: a frame, possibly several times back to back. */
export interface WebSocketFrame {
  /** What the frame tries, for the report: `invalid-json`, `huge-text`, `binary`, `many-channels`, ... */
  readonly kind: string;
  readonly data: string | Buffer;
  /** A binary frame; otherwise a text frame (whose bytes need not be valid UTF-8). */
  readonly binary: boolean;
  /** Sent this many times without waiting for answers: a flood. */
  readonly repeat: number;
}

const text = (kind: string, data: string, repeat = 1): WebSocketFrame => ({ kind, data, binary: false, repeat });
const json = (kind: string, value: unknown): WebSocketFrame => text(kind, JSON.stringify(value));

const INVALID_JSON = ['{', '}', 'nul', "{'type':'ping'}", '{"type":"ping"', '{"type":"ping"}}', 'undefined', 'NaN', '\u0000', '', ' ', '{"type":"ping"}\n{"type":"ping"}', '\uFEFF{"type":"ping"}'];

/** Every channel form, to carry hostile symbols, timeframes and ids. */
const CHANNEL_PREFIXES = ['', 'signals', 'signals:', 'quotes:', 'bars:', 'bars:AAPL:', 'portfolio:', 'SIGNALS:', 'signals:AAPL:'];

const VALID_CHANNELS = ['signals', 'signals:AAPL', 'signals:btc-usd', 'quotes:MSFT', 'bars:AAPL:1d', 'bars:ETH-USD:5m'];

function deep(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/**
 * Frames each run sends whatever the sample holds, one per limit: a message just over the size limit, frames over
 * the frame limit (70 KB, 1 MB), a subscribe listing 10,000 channels, too many channels for one connection, text
 * that is not UTF-8, a binary frame, JSON 5,000 levels deep, prototype keys, and a flood of 200 pings.
 */
const EDGE_FRAMES: readonly WebSocketFrame[] = [
  json('many-channels', { type: 'subscribe', channels: Array.from({ length: 10_000 }, (_, index) => `signals:A${index}`) }),
  json('many-channels', { type: 'subscribe', channels: Array.from({ length: 1_000 }, () => '') }),
  json('many-channels', { type: 'subscribe', channels: Array.from({ length: 250 }, (_, index) => `quotes:S${index}`) }),
  text('huge-text', `{"type":"ping","pad":"${'x'.repeat(16 * 1024)}"}`),
  text('huge-text', 'x'.repeat(70_000)),
  text('huge-text', `{"type":"ping","pad":"${'y'.repeat(1024 * 1024)}"}`),
  { kind: 'invalid-utf8', data: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0xff, 0xfe, 0x7d]), binary: false, repeat: 1 },
  { kind: 'binary', data: Buffer.from(JSON.stringify({ type: 'ping' })), binary: true, repeat: 1 },
  text('deep-json', deep(5_000)),
  text('deep-json', `{"type":"subscribe","channels":${deep(3_000)}}`),
  text('hostile-fields', '{"type":"ping","__proto__":{"type":"subscribe","channels":["signals"]}}'),
  text('hostile-fields', '{"type":"subscribe","constructor":{"prototype":{"admin":true}},"channels":["signals"]}'),
  text('flood', '{"type":"ping"}', 200),
];

function frameArbitrary(): fc.Arbitrary<WebSocketFrame> {
  const hostileValue = fc.oneof(hostileString(), fc.constantFrom<unknown>(null, 42, -1, 1e308, true, [], {}, ['signals'], { type: 'ping' }));
  const channel = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...CHANNEL_PREFIXES), hostileString()).map(([prefix, rest]) => prefix + rest) },
    { weight: 1, arbitrary: fc.constantFrom(...VALID_CHANNELS) },
    { weight: 1, arbitrary: hostileValue },
  );
  const id = fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), hostileValue), { nil: undefined });
  return fc.oneof(
    { weight: 3, arbitrary: fc.oneof(fc.constantFrom(...INVALID_JSON), hostileString()).map((data) => text('invalid-json', data)) },
    { weight: 2, arbitrary: fc.tuple(hostileValue, id).map(([type, requestId]) => json('unknown-type', { type, id: requestId })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom('subscribe', 'unsubscribe'), fc.array(channel, { minLength: 0, maxLength: 5 }), id)
        .map(([type, channels, requestId]) => json('hostile-channels', { type, channels, id: requestId })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('ping', 'subscribe', 'unsubscribe', 'auth'), fc.dictionary(fc.constantFrom('id', 'channels', 'token', 'type', '__proto__', 'extra'), hostileValue, { maxKeys: 3 }))
        .map(([type, fields]) => json('hostile-fields', { ...fields, type })),
    },
    { weight: 1, arbitrary: fc.tuple(hostileString(), id).map(([token, requestId]) => json('auth', { type: 'auth', token, id: requestId })) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('subscribe', 'unsubscribe'), fc.subarray(VALID_CHANNELS, { minLength: 1 }), id).map(([type, channels, requestId]) => json('valid', { type, channels, id: requestId })) },
    { weight: 2, arbitrary: id.map((requestId) => json('valid', { type: 'ping', id: requestId })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }).map((bytes): WebSocketFrame => ({ kind: 'binary', data: Buffer.from(bytes), binary: true, repeat: 1 })) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 8_000 }).map((depth) => text('deep-json', deep(depth))) },
  );
}

/** The edge frames (see above), then `count` random hostile or valid frames drawn with `seed`. */
export function websocketFrames(count: number, seed: number): WebSocketFrame[] {
  return [...EDGE_FRAMES, ...fc.sample(frameArbitrary(), { numRuns: count, seed })];
}
